using Microsoft.Playwright;

namespace PostApprovalBot.Browser.Tests.WebView;

/// <summary>Reading a web view page as a person reads it.</summary>
public static class WebPage
{
    /// <summary>The text of the last heading before the element in the page: the section a person sees it under.</summary>
    public static Task<string> HeadingAboveAsync(ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.EvaluateAsync<string>("""
            el => {
              const above = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')]
                .filter(h => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
              return above.length ? above[above.length - 1].textContent.trim() : '';
            }
            """);
    }
}
