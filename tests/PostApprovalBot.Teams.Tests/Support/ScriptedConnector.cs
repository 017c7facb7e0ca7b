namespace PostApprovalBot.Teams.Tests.Support;

/// <summary>A scripted Bot Connector stand-in that answers "sent, activity id 1700000000001" once its script is used up.</summary>
internal static class ScriptedConnector
{
    public const string SentActivity = """{ "id": "1700000000001" }""";

    public static Task<ScriptedStandIn> StartAsync() => ScriptedStandIn.StartAsync(SentActivity);
}
