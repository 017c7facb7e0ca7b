using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.UseCases;
using PostApprovalBot.Teams.Cards.Views;

namespace PostApprovalBot.Teams.Channel.Rendering;

/// <summary>The draft form for a new draft (the accounts the person may speak for) or for a revision (the draft's account, prefilled).</summary>
internal static class DraftForms
{
    /// <summary>IANA zones, because that is what the core stores with a scheduled time.</summary>
    public static readonly IReadOnlyList<TimeZoneChoice> TimeZones =
    [
        new("UTC", "UTC"),
        new("Europe/London", "London"),
        new("Europe/Paris", "Paris"),
        new("Europe/Berlin", "Berlin"),
        new("America/New_York", "New York"),
        new("America/Chicago", "Chicago"),
        new("America/Los_Angeles", "Los Angeles"),
        new("Asia/Singapore", "Singapore"),
        new("Asia/Tokyo", "Tokyo"),
        new("Australia/Sydney", "Sydney"),
    ];

    /// <summary>The form for a new draft; a person who speaks for one account only finds it chosen.</summary>
    public static DraftFormView New(IReadOnlyList<CompanyAccount> accounts) =>
        new(accounts.Select(Choice).ToList(), TimeZones)
        {
            Prefill = new DraftFormValues { AccountId = accounts.Count == 1 ? accounts[0].Id : null, TimeZoneId = "UTC" },
        };

    public static DraftFormView Revision(DraftOverview overview) =>
        new([Choice(overview.Account)], TimeZones)
        {
            DraftId = overview.Draft.Id,
            Revision = overview.Draft.CurrentRevision.Number,
            Prefill = Values(overview.Account.Id, overview.Draft.CurrentRevision.Content),
        };

    public static DraftFormValues Values(string accountId, DraftContent content)
    {
        var local = content.Schedule?.LocalTime;
        return new DraftFormValues
        {
            AccountId = accountId,
            Text = content.Text,
            Links = content.Links,
            SourcesAndNotes = content.Sources,
            ScheduledDate = local is { } d ? DateOnly.FromDateTime(d.DateTime) : null,
            ScheduledTime = local is { } t ? TimeOnly.FromDateTime(t.DateTime) : null,
            TimeZoneId = content.Schedule?.TimeZoneId ?? "UTC",
        };
    }

    private static AccountChoice Choice(CompanyAccount account) => new(account.Id, account.DisplayName, account.Platform.ToString());
}
