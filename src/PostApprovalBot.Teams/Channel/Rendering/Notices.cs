using PostApprovalBot.Core.Chat;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Teams.Cards;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>The bot's short answers as cards: refusals, confirmations and the help text.</summary>
internal static class Notices
{
    public static AdaptiveCard Refused(string title, Refusal refusal) => Refused(title, refusal.Message);

    public static AdaptiveCard Refused(string title, string message) => NoticeCard.Build(new NoticeView(title, message, CardTone.Attention));

    public static AdaptiveCard Done(string title, string message) => NoticeCard.Build(new NoticeView(title, message, CardTone.Good));

    public static AdaptiveCard Help(string opening) => NoticeCard.Build(new NoticeView("What I can do", opening, CardTone.Information)
    {
        Facts = ChatCommand.Catalogue.Select(c => new Fact(Placeholders(c.Usage), c.Meaning)).ToList(),
    });

    /// <summary>"submit &lt;account&gt;" with its placeholders in guillemets: Teams reads &lt;account&gt; as markup and drops it.</summary>
    public static string Placeholders(string usage) => usage.Replace('<', '\u2039').Replace('>', '\u203A');

    public static AdaptiveCard Greeting(string? name) => Help(
        $"Hi{(string.IsNullOrWhiteSpace(name) ? "" : " " + name)}! I take the company's social media posts through legal, compliance and communications review "
        + "before they are published. Write to me in this chat:");

    public static AdaptiveCard OnlyInPersonalChat() => Help(
        "I handle drafts in our 1:1 chat only, so that drafts and decisions stay private. Open a chat with me and write one of these:");
}
