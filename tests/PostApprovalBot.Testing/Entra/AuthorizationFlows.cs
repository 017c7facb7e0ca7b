using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PostApprovalBot.Testing.Entra;

/// <summary>The stand-in's memory of sign-ins in progress (the sign-in page is showing) and of codes handed out, each redeemable once.</summary>
internal sealed class AuthorizationFlows
{
    private readonly ConcurrentDictionary<string, (AuthorizationGrant Grant, string RedirectState, string ResponseMode)> signIns = new();
    private readonly ConcurrentDictionary<string, AuthorizationGrant> codes = new();
    private readonly ConcurrentDictionary<string, bool> redeemed = new();

    public string BeginSignIn(AuthorizationGrant grant, string state, string responseMode)
    {
        var flow = NewSecret();
        signIns[flow] = (grant, state, responseMode);
        return flow;
    }

    public (AuthorizationGrant Grant, string State, string ResponseMode)? SignInInProgress(string? flow) =>
        flow is not null && signIns.TryGetValue(flow, out var s) ? s : null;

    /// <summary>The person signed in: the sign-in ends and a code for it is handed out.</summary>
    public string? CompleteSignIn(string flow, EntraPerson person)
    {
        if (!signIns.TryRemove(flow, out var signIn)) return null;
        var code = NewSecret();
        codes[code] = signIn.Grant with { Person = person, IssuedAt = DateTimeOffset.UtcNow };
        return code;
    }

    /// <summary>Takes the code out, whatever comes next: a code is good for one attempt.</summary>
    public (AuthorizationGrant? Grant, bool AlreadyRedeemed) Redeem(string code)
    {
        if (codes.TryRemove(code, out var grant))
        {
            redeemed[code] = true;
            return (grant, false);
        }

        return (null, redeemed.ContainsKey(code));
    }

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
}
