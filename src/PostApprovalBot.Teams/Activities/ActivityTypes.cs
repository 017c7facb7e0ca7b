namespace PostApprovalBot.Teams.Activities;

/// <summary>The activity types the bot acts on; anything else is answered 200 and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
}
