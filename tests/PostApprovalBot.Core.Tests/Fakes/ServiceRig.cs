using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.Tests.Builders;
using PostApprovalBot.Core.UseCases;

namespace PostApprovalBot.Core.Tests.Fakes;

/// <summary>A <see cref="DraftService"/> wired to in-memory ports for one test company.</summary>
public sealed class ServiceRig
{
    public ServiceRig(Company? company = null, ChangeAdmission? admission = null)
    {
        Company = company ?? new Company();
        Configuration = new InMemoryConfiguration(Company);
        var directory = new CompanyDirectory(Configuration, Configuration, Configuration, Configuration, Configuration, Drafts);
        Service = new DraftService(directory, Drafts, AuditLog, Sink, Company.Clock, admission);
    }

    public Company Company { get; }

    public InMemoryConfiguration Configuration { get; }

    public InMemoryDraftStore Drafts { get; } = new();

    public InMemoryAuditLog AuditLog { get; } = new();

    public RecordingEventSink Sink { get; } = new();

    public DraftService Service { get; }

    public async Task<Draft> SubmittedAsync(string text = Company.PlainText)
    {
        var result = await Service.SubmitAsync(Staff.Sam, Company.Account.Id, DraftContent.TextOnly(text), CancellationToken.None);
        return result.Succeeded ? result.Value.Change.After : throw new Xunit.Sdk.XunitException($"Submission refused: {result.Refusal}");
    }
}
