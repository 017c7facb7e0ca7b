namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>The web view's tests share one rig (bot, stand-ins, Chromium) and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class WebViewCollection : ICollectionFixture<WebViewRig>
{
    public const string Name = "Web view";
}
