using System.Security.Claims;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Web.Sessions;

/// <summary>
/// The person behind a validated token or session: its e-mail-like claim and name, never anything from the request body.
/// Entra puts the sign-in name in preferred_username (v2), upn (v1) or email, depending on the token and the account.
/// </summary>
public static class SignedInPerson
{
    public const string EmailClaim = "email";
    public const string NameClaim = "name";

    private static readonly string[] EmailClaims = ["preferred_username", "upn", EmailClaim, ClaimTypes.Email, ClaimTypes.Upn];

    public static Person? From(ClaimsPrincipal user)
    {
        var email = EmailClaims.Select(user.FindFirstValue).FirstOrDefault(v => v?.Contains('@', StringComparison.Ordinal) == true);
        if (email is null || !PersonId.TryFromEmail(email, out _)) return null;
        return Person.FromEmail(email, user.FindFirstValue(NameClaim) ?? email);
    }

    /// <summary>The session's own small principal: only what the pages need, whatever the token carried.</summary>
    public static ClaimsPrincipal Session(Person person, string how, string scheme) => new(new ClaimsIdentity(
        [new Claim(EmailClaim, person.Id.Value), new Claim(NameClaim, person.DisplayName), new Claim("amr_via", how)],
        scheme, NameClaim, null));
}
