using System.Security.Cryptography;
using System.Text;
using PostApprovalBot.Core.Drafts;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.UseCases;

/// <summary>
/// A submission as its channel identifies the inbound request (Slack's event id or modal, the Bot Connector's activity or the
/// card's message). A retry of the same request, sent again because its outcome was unknown, brings the same key and the same
/// content: it is offered the same draft ids in the same order and recognized by <see cref="Fingerprint"/> instead of being
/// stored twice. The submitter and what was sent are hashed with the key, so a key only ever finds that person's own draft
/// of that content, and a form sent again with other values is a new submission.
/// </summary>
internal sealed class SubmissionRequest
{
    private SubmissionRequest(string fingerprint) => Fingerprint = fingerprint;

    /// <summary>Stored on the draft: SHA-256 of the submitter, the key and the content's fingerprint, in hex.</summary>
    public string Fingerprint { get; }

    public static SubmissionRequest Of(PersonId submitter, string key, string accountId, DraftContent content) =>
        new(Sha256Hex($"{submitter.Value}\u001f{key}\u001f{DraftFingerprint.Of(accountId, content)}"));

    /// <summary>
    /// The draft id of the n-th try. Derived as well, so that when an id is taken by another draft (six letters do collide,
    /// rarely), a retry walks the same ids and still finds the draft its first delivery stored.
    /// </summary>
    public string DraftId(int attempt) => DraftIds.FromHash(SHA256.HashData(Encoding.UTF8.GetBytes($"{Fingerprint}\u001f{attempt}")));

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
