using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Drafts;

/// <summary>Something that happened to a draft that people must hear about; channels turn these into messages.</summary>
public sealed record DraftEvent(DraftEventKind Kind, string DraftId, int Revision, Person Actor, int? StepIndex = null, string? StageName = null, string? Comment = null);
