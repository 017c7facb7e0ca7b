using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Web.Access;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>
/// An administration page: only admins open it (the gate audits anyone else), and each change goes through the same core
/// use case as chat and the admin API, with the signed-in person as the actor, so the audit trail records it the same way.
/// </summary>
public abstract class AdminPageModel(AdminGate gate) : GatedPageModel
{
    /// <summary>What the last change did (shown as role=status).</summary>
    public string? Outcome { get; protected set; }

    /// <summary>Why the last change was refused, in the core's words (shown as role=alert).</summary>
    public string? Problem { get; protected set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected override Task<Refusal?> CheckAsync(Person actor, CancellationToken ct) => gate.CheckAsync(actor, "open the administration pages", ct);

    /// <summary>
    /// Shows the core's answer. On success the typed values are forgotten (model state too, or the tag helpers would put
    /// them back); on a refusal they stay in the form, so nothing typed is lost.
    /// </summary>
    protected bool Said<T>(Result<T> result, Func<T, string> success)
    {
        if (!result.Succeeded) return Refused(result.Refusal!.Message);
        Outcome = success(result.Value);
        ModelState.Clear();
        return true;
    }

    /// <summary>Input the page cannot even hand to the core (no e-mail address, no date) is refused the same way.</summary>
    protected bool Refused(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    /// <summary>A person typed as an e-mail and an optional display name, or the problem in words.</summary>
    protected static (Person? Person, string? Problem) PersonFrom(string? email, string? name) =>
        PersonId.TryFromEmail(email, out var id) ? (Person.FromEmail(id.Value, name), null) : (null, $"'{email}' is not an e-mail address.");
}
