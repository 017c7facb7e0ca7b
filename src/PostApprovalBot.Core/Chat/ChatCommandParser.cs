namespace PostApprovalBot.Core.Chat;

/// <summary>Reads the commands of <see cref="ChatCommand.Catalogue"/>; forgiving about case and spacing.</summary>
public static class ChatCommandParser
{
    public static ChatCommand Parse(string? text)
    {
        var words = (text ?? "").Trim().Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return new ChatCommand(ChatCommandKind.Help);
        var verb = words[0].ToLowerInvariant();
        var argument = words.Length > 1 ? words[1] : null;
        return verb switch
        {
            "help" or "?" => new ChatCommand(ChatCommandKind.Help),
            "new" or "draft" => new ChatCommand(ChatCommandKind.New),
            "submit" when words.Length == 3 => new ChatCommand(ChatCommandKind.QuickSubmit, argument, words[2]),
            "submit" when words.Length == 1 => new ChatCommand(ChatCommandKind.New),
            "submit" => Needs(ChatCommandKind.QuickSubmit, "Write 'submit <account> <text>', for example: submit linkedin-contoso We are hiring!"),
            "mine" => new ChatCommand(ChatCommandKind.MyDrafts),
            "my" when argument?.StartsWith("draft", StringComparison.OrdinalIgnoreCase) == true => new ChatCommand(ChatCommandKind.MyDrafts),
            "pending" or "waiting" or "queue" => new ChatCommand(ChatCommandKind.Pending),
            "status" => WithDraftId(ChatCommandKind.Status, argument, verb),
            "withdraw" => WithDraftId(ChatCommandKind.Withdraw, argument, verb),
            "revise" => WithDraftId(ChatCommandKind.Revise, argument, verb),
            "policy" when argument is null => Needs(ChatCommandKind.Policy, "Which account? Write 'policy <account>', for example: policy linkedin-contoso."),
            "policy" => new ChatCommand(ChatCommandKind.Policy, argument),
            "admin" or "spokesperson" or "spokespersons" or "approvers" or "audit" or "override" => new ChatCommand(ChatCommandKind.Administer, Text: text!.Trim()),
            _ => new ChatCommand(ChatCommandKind.Unknown, Problem: $"I don't know '{words[0]}'. Type 'help' for what I can do."),
        };
    }

    private static ChatCommand WithDraftId(ChatCommandKind kind, string? id, string verb) => id is null
        ? Needs(kind, $"Which draft? Write '{verb} <draft id>', for example: {verb} P-7K3QXM. 'my drafts' lists yours.")
        : new ChatCommand(kind, id.Trim().ToUpperInvariant());

    private static ChatCommand Needs(ChatCommandKind kind, string problem) => new(kind, Problem: problem);
}
