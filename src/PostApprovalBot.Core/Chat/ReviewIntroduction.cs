using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Chat;

/// <summary>
/// Why a person who never used the bot receives an approval card: who asked for the review, for which account and stage.
/// The channel shows it as the card's first line.
/// </summary>
public sealed record ReviewIntroduction(Person RequestedBy, string AccountName, string StageName);
