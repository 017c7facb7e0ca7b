using Microsoft.AspNetCore.Mvc;
using PostApprovalBot.Core.Administration;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Routing;

namespace PostApprovalBot.Web.Pages.Admin;

/// <summary>Approver groups, their delegations and escalation contacts, through <see cref="GroupAdministration"/> (cached, a few rows).</summary>
public sealed class GroupsModel(AdminGate gate, GroupAdministration groups, TimeProvider clock) : AdminPageModel(gate)
{
    public IReadOnlyList<ApproverGroup> Groups { get; private set; } = [];
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>What was typed in one group's forms (the group is named), so a refused change is shown back in that group's panel.</summary>
    [BindProperty] public GroupForm Form { get; set; } = new();

    public sealed class GroupForm
    {
        public string? Group { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? PersonName { get; set; }
        public string? Member { get; set; }
        public DateOnly? Until { get; set; }
    }

    /// <summary>A value typed in this form (handler) of this group's panel, to show again after a refusal.</summary>
    public string? Typed(ApproverGroup group, string handler, Func<GroupForm, string?> field) =>
        Form.Group == group.Id && string.Equals(Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase) ? field(Form) : null;

    public Task OnGetAsync() => LoadAsync();

    public async Task OnPostCreateAsync()
    {
        await LoadAsync();
        if (Groups.Any(g => g.Id == Form.Group?.Trim())) Refused($"There is a group '{Form.Group}' already.");
        else if (string.IsNullOrWhiteSpace(Form.Name)) Refused("A group needs a name, e.g. Investor relations.");
        else Done(await groups.SaveAsync(Actor, new ApproverGroup(Form.Group?.Trim() ?? "", Form.Name.Trim(), []), Aborted), g => $"Created the {g.Name} group; add its members below.");
        await LoadAsync();
    }

    public async Task OnPostAddMemberAsync()
    {
        var (person, problem) = PersonFrom(Form.Email, Form.PersonName);
        if (person is null) Refused(problem!);
        else Done(await groups.AddMemberAsync(Actor, Form.Group ?? "", person, Aborted), g => $"{person} is a member of {g.Name}.");
        await LoadAsync();
    }

    public async Task OnPostRemoveMemberAsync(string group, string member)
    {
        if (!PersonId.TryFromEmail(member, out var id)) Refused($"'{member}' is not an e-mail address.");
        else Done(await groups.RemoveMemberAsync(Actor, group, id, Aborted), g => $"{id} is no longer in {g.Name}.");
        await LoadAsync();
    }

    public async Task OnPostDelegateAsync()
    {
        var (standIn, problem) = PersonFrom(Form.Email, Form.PersonName);
        if (!PersonId.TryFromEmail(Form.Member, out var member)) Refused("Choose the member who is away.");
        else if (standIn is null) Refused("The delegate: " + problem);
        else if (Form.Until is not { } day) Refused("Give the date the member is back.");
        else Done(await groups.DelegateAsync(Actor, Form.Group ?? "", member, standIn, new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Aborted),
            g => $"{standIn.DisplayName} decides for {member} in {g.Name} until {day:yyyy-MM-dd}.");
        await LoadAsync();
    }

    public async Task OnPostUndelegateAsync(string group, string member)
    {
        if (!PersonId.TryFromEmail(member, out var id)) Refused($"'{member}' is not an e-mail address.");
        else Done(await groups.UndelegateAsync(Actor, group, id, Aborted), g => $"{id} decides again in {g.Name}; the delegation ended.");
        await LoadAsync();
    }

    /// <summary>An empty e-mail clears the contact: escalations then go nowhere but the reminders.</summary>
    public async Task OnPostEscalationAsync()
    {
        await LoadAsync();
        var (contact, problem) = string.IsNullOrWhiteSpace(Form.Email) ? (null, null) : PersonFrom(Form.Email, Form.PersonName);
        if (Groups.FirstOrDefault(g => g.Id == Form.Group) is not { } group) Refused($"There is no group '{Form.Group}'.");
        else if (problem is not null) Refused(problem);
        else Done(await groups.SaveAsync(Actor, group with { EscalationContact = contact }, Aborted),
            g => g.EscalationContact is { } c ? $"Late reviews in {g.Name} now escalate to {c}." : $"{g.Name} has no escalation contact any more.");
        await LoadAsync();
    }

    private void Done(Core.Outcomes.Result<ApproverGroup> result, Func<ApproverGroup, string> success)
    {
        if (Said(result, success)) Form = new();
    }

    private async Task LoadAsync() => Groups = (await groups.ListAsync(Aborted)).Values.OrderBy(g => g.Id, StringComparer.Ordinal).ToList();
}
