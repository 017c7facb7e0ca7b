using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Web.Pages.Drafts;

/// <summary>One list of the drafts page, with what to say when it is empty.</summary>
public sealed record DraftList(IReadOnlyList<DraftOverview> Drafts, DateTimeOffset Now, string Empty);
