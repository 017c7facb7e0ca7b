namespace PostApprovalBot.Teams.Authentication;

/// <summary>The verdict on an inbound request: process the activity, or answer <see cref="Refused.StatusCode"/>.</summary>
public abstract record InboundAuthentication
{
    private InboundAuthentication()
    {
    }

    /// <param name="ViaEmulatorMode">True when no token was checked because <see cref="EmulatorModePolicy"/> allowed it.</param>
    public sealed record Authenticated(bool ViaEmulatorMode) : InboundAuthentication;

    /// <summary>Answer <see cref="StatusCode"/> (401, or 403 for a channel the signing key is not endorsed for) and drop the activity.</summary>
    public sealed record Refused(int StatusCode, string Reason) : InboundAuthentication;
}
