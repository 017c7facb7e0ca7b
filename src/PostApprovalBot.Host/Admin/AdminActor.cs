using System.Security.Claims;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Host.Admin;

/// <summary>The person behind an admin API token: its e-mail-like claim, never anything from the request body.</summary>
public static class AdminActor
{
    private static readonly string[] EmailClaims = ["preferred_username", "upn", "email", ClaimTypes.Email, ClaimTypes.Upn];

    public static Person? From(ClaimsPrincipal user)
    {
        var email = EmailClaims.Select(user.FindFirstValue).FirstOrDefault(v => v?.Contains('@', StringComparison.Ordinal) == true);
        if (email is null) return null;
        return Person.FromEmail(email, user.FindFirstValue("name") ?? email);
    }
}
