using PostApprovalBot.Core.Accounts;
using PostApprovalBot.Core.Outcomes;
using PostApprovalBot.Core.People;
using PostApprovalBot.Core.Ports;

namespace PostApprovalBot.Core.Administration;

/// <summary>Adding, editing and retiring company accounts; every change audited with before and after.</summary>
public sealed class AccountAdministration(AdminGate gate, IAccountStore accounts)
{
    private const string Area = "accounts";

    public async Task<Result<CompanyAccount>> AddAsync(Person actor, Platform platform, string handle, string displayName, Person owner, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "add company accounts", ct) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(handle) || string.IsNullOrWhiteSpace(displayName))
            return Result<CompanyAccount>.Refused(RefusalCode.InvalidInput, "An account needs a handle and a display name.");
        var account = new CompanyAccount(CompanyAccount.MakeId(platform, handle), platform, handle.Trim(), displayName.Trim(), owner);
        if (await accounts.GetAsync(account.Id, ct) is not null)
            return Result<CompanyAccount>.Refused(RefusalCode.InvalidInput, $"The account {account.Id} exists already. Edit it instead.");
        await accounts.SaveAsync(account, ct);
        await gate.RecordAsync(actor, Area, "account.added", null, account, ct);
        return Result<CompanyAccount>.Success(account);
    }

    public async Task<Result<CompanyAccount>> EditAsync(Person actor, string accountId, string? displayName, Person? owner, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "edit company accounts", ct) is { } refused) return refused;
        if (await accounts.GetAsync(accountId, ct) is not { } before) return Unknown(accountId);
        var after = before with
        {
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? before.DisplayName : displayName.Trim(),
            Owner = owner ?? before.Owner,
        };
        await accounts.SaveAsync(after, ct);
        await gate.RecordAsync(actor, Area, "account.edited", before, after, ct);
        return Result<CompanyAccount>.Success(after);
    }

    public async Task<Result<CompanyAccount>> RetireAsync(Person actor, string accountId, CancellationToken ct)
    {
        if (await gate.CheckAsync(actor, "retire company accounts", ct) is { } refused) return refused;
        if (await accounts.GetAsync(accountId, ct) is not { } before) return Unknown(accountId);
        var after = before with { Retired = true };
        await accounts.SaveAsync(after, ct);
        await gate.RecordAsync(actor, Area, "account.retired", before, after, ct);
        return Result<CompanyAccount>.Success(after);
    }

    public Task<IReadOnlyList<CompanyAccount>> ListAsync(CancellationToken ct) => accounts.ListAsync(ct);

    internal static Refusal Unknown(string accountId) =>
        new(RefusalCode.NotFound, $"There is no company account '{accountId}'. Account ids look like linkedin-contoso or x-contoso.");
}
