using System.Text.RegularExpressions;

namespace PostApprovalBot.Slack.Tests.Support;

/// <summary>
/// Checks rendered JSON against Slack's Block Kit limits, independently of the builders that made it,
/// so a view test fails if any path around the builders' checks produces something Slack would reject.
/// </summary>
internal static partial class BlockKitAudit
{
    public static void AssertMessage(JsonObject message) => AssertClean(Blocks(message, 50));

    public static void AssertModal(JsonObject view)
    {
        var problems = Blocks(view, 100);
        Text(problems, "modal title", view["title"], 24);
        Text(problems, "modal submit", view["submit"], 24, optional: true);
        Text(problems, "modal close", view["close"], 24, optional: true);
        Length(problems, "private_metadata", (string?)view["private_metadata"] ?? "", 3000);
        Length(problems, "callback_id", (string?)view["callback_id"] ?? "", 255);
        AssertClean(problems);
    }

    public static void AssertHome(JsonObject view) => AssertClean(Blocks(view, 100));

    private static void AssertClean(List<string> problems) => Assert.True(problems.Count == 0, string.Join("\n", problems));

    private static List<string> Blocks(JsonObject surface, int max)
    {
        var problems = new List<string>();
        var blocks = surface["blocks"]?.AsArray() ?? [];
        if (blocks.Count > max)
        {
            problems.Add($"{blocks.Count} blocks, at most {max}");
        }
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            Length(problems, "block_id", (string?)block["block_id"] ?? "", 255);
            switch ((string?)block["type"])
            {
                case "section":
                    Text(problems, "section text", block["text"], 3000, optional: block["fields"] is not null);
                    Count(problems, "fields", block["fields"], 10);
                    foreach (var field in block["fields"]?.AsArray() ?? [])
                    {
                        Text(problems, "field", field, 2000);
                    }
                    if (block["accessory"] is JsonObject accessory)
                    {
                        Element(problems, accessory);
                    }
                    break;
                case "header":
                    Text(problems, "header", block["text"], 150);
                    break;
                case "context":
                    Count(problems, "context elements", block["elements"], 10);
                    foreach (var element in block["elements"]!.AsArray())
                    {
                        Text(problems, "context element", element, 3000);
                    }
                    break;
                case "actions":
                    Count(problems, "actions elements", block["elements"], 25);
                    foreach (var element in block["elements"]!.AsArray())
                    {
                        Element(problems, element!.AsObject());
                    }
                    break;
                case "input":
                    Text(problems, "input label", block["label"], 2000);
                    Element(problems, block["element"]!.AsObject());
                    break;
                case "divider":
                    break;
                default:
                    problems.Add($"unknown block type {block["type"]}");
                    break;
            }
        }
        return problems;
    }

    private static void Element(List<string> problems, JsonObject element)
    {
        Length(problems, "action_id", (string?)element["action_id"] ?? "", 255, min: 1);
        Text(problems, "placeholder", element["placeholder"], 150, optional: true);
        switch ((string?)element["type"])
        {
            case "button":
                Text(problems, "button text", element["text"], 75);
                Length(problems, "button value", (string?)element["value"] ?? "", 2000);
                break;
            case "static_select":
                Count(problems, "options", element["options"], 100);
                foreach (var option in element["options"]!.AsArray())
                {
                    Text(problems, "option text", option!["text"], 75);
                    Length(problems, "option value", (string?)option["value"] ?? "", 150, min: 1);
                }
                break;
            case "plain_text_input":
                Length(problems, "initial_value", (string?)element["initial_value"] ?? "", (int?)element["max_length"] ?? 3000);
                break;
        }
    }

    private static void Text(List<string> problems, string what, JsonNode? text, int max, bool optional = false)
    {
        if (text is null)
        {
            if (!optional)
            {
                problems.Add($"{what} is missing");
            }
            return;
        }
        var value = (string?)text["text"] ?? "";
        Length(problems, what, value, max, min: 1);
        if ((string?)text["type"] == "mrkdwn" && !WellFormedMarkup().IsMatch(value))
        {
            problems.Add($"{what} has a broken entity or link: {value[..Math.Min(value.Length, 80)]}");
        }
    }

    private static void Length(List<string> problems, string what, string value, int max, int min = 0)
    {
        if (value.Length > max || value.Length < min)
        {
            problems.Add($"{what} has {value.Length} characters, allowed {min}–{max}");
        }
    }

    private static void Count(List<string> problems, string what, JsonNode? array, int max)
    {
        if (array is JsonArray items && items.Count > max)
        {
            problems.Add($"{items.Count} {what}, at most {max}");
        }
    }

    // Every '&' starts one of Slack's three entities, every '<' closes with '>', and a bare '>' only opens a quote line.
    [GeneratedRegex(@"^(?:[^&<>]|&(?:amp|lt|gt);|<[^<>]+>|(?<![^\n])>)*$", RegexOptions.Singleline)]
    private static partial Regex WellFormedMarkup();
}
