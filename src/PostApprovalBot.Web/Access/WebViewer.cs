using Microsoft.AspNetCore.Http;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.People;
using PostApprovalBot.Web.Sessions;

namespace PostApprovalBot.Web.Access;

/// <summary>
/// The signed-in person of one request and what they may do, asked of the same gate as chat; each answer is read once
/// per request. Pages never take the actor from form data.
/// </summary>
public sealed class WebViewer(IHttpContextAccessor accessor, AdminGate gate)
{
    private Task<bool>? isAdmin;
    private Task<bool>? isAuditor;

    /// <summary>Null when nobody is signed in (only the sign-in pages are open to them).</summary>
    public Person? Person => SignedInPerson.From(accessor.HttpContext!.User);

    public Person Required => Person ?? throw new InvalidOperationException("The page requires a signed-in person.");

    public Task<bool> IsAdminAsync() => isAdmin ??= Person is { } p ? gate.IsAdminAsync(p, Aborted) : Task.FromResult(false);

    public Task<bool> IsAuditorAsync() => isAuditor ??= Person is { } p ? gate.IsAuditorAsync(p, Aborted) : Task.FromResult(false);

    private CancellationToken Aborted => accessor.HttpContext!.RequestAborted;
}
