using PostApprovalBot.Slack.BlockKit;

namespace PostApprovalBot.Slack.Views.Approval;

/// <summary>The clock's message: a reminder to decide, or an escalation to the group's escalation contact.</summary>
public static class ReminderMessage
{
    public static SlackMessage Build(ReminderModel model)
    {
        var draft = $"Draft {SlackMrkdwn.Escape(model.DraftId)} for {SlackMrkdwn.Escape(model.AccountName)} (by {SlackMrkdwn.Escape(model.SubmitterName)})";
        var stage = SlackMrkdwn.Escape(model.StageName);
        var waited = SlackMrkdwn.Escape(model.WaitingText);
        var text = model.IsEscalation
            ? $":rotating_light: {draft} has waited {waited} at the *{stage}* stage and nobody there has decided. You are the group's escalation contact: please find someone who can."
            : $":alarm_clock: {draft} has waited {waited} for your decision at the *{stage}* stage. Decide with the buttons on its approval message, or from my Home tab.";
        return new SlackMessage(
            model.IsEscalation ? $"Escalation: {SlackMrkdwn.Escape(model.DraftId)} waits at {stage}" : $"Reminder: {SlackMrkdwn.Escape(model.DraftId)} waits for your decision",
            [new SectionBlock(new MrkdwnText(text)), new ContextBlock(new PlainText(ViewText.Preview(model.DraftText, 300)))]);
    }
}
