using System.Text.Json.Nodes;

namespace PostApprovalBot.Slack.BlockKit;

/// <summary>A Block Kit text object: <see cref="PlainText"/> or <see cref="MrkdwnText"/>.</summary>
public abstract class TextObject
{
    private protected TextObject(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    public string Text { get; }

    public abstract JsonObject ToJson();

    /// <summary>The same kind of text cut to <paramref name="max"/> characters where needed.</summary>
    internal abstract TextObject Within(int max);
}
