using PostApprovalBot.Teams.Activities;

namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>Test data builders for activities as Teams sends them.</summary>
internal static class TestActivities
{
    public static Activity TeamsMessage(string text = "hello", string serviceUrl = ChannelToken.PublicServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000000",
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Text = text,
        From = new ChannelAccount("29:user-1", "Dana Reviewer", "aad-user-1"),
        Recipient = new ChannelAccount("28:" + ChannelToken.AppId, "PostApprovalBot"),
        Conversation = new ConversationAccount("a:personal-1", "personal", "tenant-1"),
    };
}
