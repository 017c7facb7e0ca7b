using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Chat;

/// <summary>A card the bot posted about a draft, remembered so it can be updated in place for everyone.</summary>
public sealed record PostedCard(string DraftId, ChatChannel Channel, PostedCardRole Role, PersonId Person, string MessageAddress, string? StageName = null);
