using System.Text.Json;
using PostApprovalBot.Slack.BlockKit;
using PostApprovalBot.Slack.Http;
using PostApprovalBot.Slack.Inbound.Interactions;

namespace PostApprovalBot.Slack.Views.Drafts;

/// <summary>The modal in which an employee writes (or revises) a post draft.</summary>
public static class NewDraftModal
{
    public const string CallbackId = "new_draft";
    internal const string ValueActionId = "value";

    public static ModalView Build(NewDraftModalModel model)
    {
        var prefill = model.Prefill;
        var blocks = new BlockList(BlockKitLimits.SurfaceBlocks);
        var intro = "Write the post as it should appear. It goes to approval before anyone publishes it.";
        if (model.PostingPolicyUrl is { } policy)
        {
            intro += $" Read the {SlackMrkdwn.Link(policy, "posting policy")} first.";
        }
        blocks.Add(new SectionBlock(new MrkdwnText(intro)));
        blocks.Add(Input(NewDraftField.Account, "Account", Select(model.Accounts, prefill?.AccountId, "Choose an account")));
        blocks.Add(Input(NewDraftField.Text, "Post text", TextBox(prefill?.Text, blocks, "post text")));
        blocks.Add(Input(NewDraftField.Links, "Links (one per line)", TextBox(prefill is null ? null : string.Join('\n', prefill.Links), blocks, "links"), optional: true));
        blocks.Add(Input(NewDraftField.SourcesAndNotes, "Sources and notes for approvers", TextBox(prefill?.SourcesAndNotes, blocks, "notes"), optional: true,
            hint: "Where facts and figures come from, and anything approvers should know."));
        blocks.Add(Input(NewDraftField.ScheduledDate, "Publish on", new DatePickerElement(ValueActionId, prefill?.ScheduledDate), optional: true));
        blocks.Add(Input(NewDraftField.ScheduledTime, "At", new TimePickerElement(ValueActionId, prefill?.ScheduledTime), optional: true));
        blocks.Add(Input(NewDraftField.TimeZone, "Time zone", Select(model.TimeZones, prefill?.TimeZoneId ?? model.DefaultTimeZoneId, "Choose a time zone"), optional: true));
        var metadata = prefill?.RevisingDraftId is { } draftId ? JsonSerializer.Serialize(new Dictionary<string, string> { ["revising"] = draftId }) : "";
        return new ModalView(prefill?.RevisingDraftId is null ? "New post draft" : "Revise post draft", blocks.Blocks, CallbackId,
            submit: "Submit for approval", close: "Cancel", privateMetadata: metadata);
    }

    /// <summary>Reads a submission of this modal into a draft, or into messages shown under the fields.</summary>
    public static ModalFormResult<NewDraftSubmission> Read(ViewSubmissionInteraction submission) =>
        new NewDraftSubmissionReader(submission.View).Read();

    /// <summary>The input block id of a field, e.g. for messages the core returns about it.</summary>
    public static string BlockIdOf(NewDraftField field) => field switch
    {
        NewDraftField.Account => "draft_account",
        NewDraftField.Text => "draft_text",
        NewDraftField.Links => "draft_links",
        NewDraftField.SourcesAndNotes => "draft_sources",
        NewDraftField.ScheduledDate => "draft_date",
        NewDraftField.ScheduledTime => "draft_time",
        NewDraftField.TimeZone => "draft_timezone",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Keeps the modal open with these messages under the fields (e.g. a policy refusal from the core).</summary>
    public static SlackHttpAnswer ErrorsFor(IReadOnlyDictionary<NewDraftField, string> errors) =>
        SlackHttpAnswer.ViewErrors(errors.ToDictionary(error => BlockIdOf(error.Key), error => error.Value));

    private static InputBlock Input(NewDraftField field, string label, InputElement element, bool optional = false, string? hint = null) =>
        new(label, element, BlockIdOf(field), optional, hint);

    private static StaticSelectElement Select(IReadOnlyList<DraftChoice> choices, string? initial, string placeholder)
    {
        var options = choices.Select(choice => new SelectOption(choice.Label, choice.Id)).ToList();
        var known = initial is not null && options.Any(option => option.Value == initial);
        return new StaticSelectElement(ValueActionId, options, known ? initial : null, placeholder);
    }

    // Earlier text longer than a Slack text box holds is left out with a note, never cut silently.
    private static PlainTextInputElement TextBox(string? prefill, BlockList blocks, string what)
    {
        if (prefill is { Length: > BlockKitLimits.PlainTextInputLength })
        {
            blocks.Add(new ContextBlock(new MrkdwnText($":warning: The earlier {what} is longer than {BlockKitLimits.PlainTextInputLength} characters and could not be filled in.")));
            prefill = null;
        }
        return new PlainTextInputElement(ValueActionId, multiline: true, initialValue: string.IsNullOrEmpty(prefill) ? null : prefill);
    }
}
