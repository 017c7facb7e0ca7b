using System.Security.Cryptography;
using System.Text;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// A submission as its channel identifies the inbound request (Slack's event id, the Bot Connector's activity id). A retry of
/// the same request, sent again because its outcome was unknown, brings the same key: it is offered the same draft ids in the
/// same order and recognized by <see cref="Fingerprint"/> instead of being stored twice. The submitter is hashed with the key,
/// so a key only ever finds that person's own drafts.
/// </summary>
internal sealed class SubmissionRequest
{
    private SubmissionRequest(string fingerprint) => Fingerprint = fingerprint;

    /// <summary>Stored on the draft: SHA-256 of the submitter and the key, in hex.</summary>
    public string Fingerprint { get; }

    public static SubmissionRequest Of(PersonId submitter, string key) => new(Sha256Hex($"{submitter.Value}\u001f{key}"));

    /// <summary>
    /// The draft id of the n-th try. Derived as well, so that when an id is taken by another draft (six letters do collide,
    /// rarely), a retry walks the same ids and still finds the draft its first delivery stored.
    /// </summary>
    public string DraftId(int attempt) => DraftIds.FromHash(SHA256.HashData(Encoding.UTF8.GetBytes($"{Fingerprint}\u001f{attempt}")));

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
