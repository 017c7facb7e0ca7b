using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PostApprovalBot.Slack.Signing;

namespace PostApprovalBot.Slack.Tests.Signing;

[Trait("Category", "Security")]
public sealed class SlackRequestVerifierTests
{
    private const string Secret = "test-secret";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly string NowSeconds = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SlackRequestVerifier Verifier(DateTimeOffset now, string secret = Secret) =>
        new(SlackTestOptions.With(secret), new FakeTimeProvider(now));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Official_vector_verifies_with_a_clock_pinned_to_its_timestamp()
    {
        var vector = SigningVector.Load();
        var verifier = Verifier(vector.SignedAt, vector.SigningSecret);

        var check = verifier.Verify(vector.Timestamp, vector.ExpectedSignature, Bytes(vector.Body));

        Assert.True(check.IsValid, check.Message);
    }

    [Fact]
    public void Official_vector_is_refused_with_the_real_clock()
    {
        var vector = SigningVector.Load();
        var verifier = new SlackRequestVerifier(SlackTestOptions.With(vector.SigningSecret), TimeProvider.System);

        var check = verifier.Verify(vector.Timestamp, vector.ExpectedSignature, Bytes(vector.Body));

        Assert.Equal(SlackSignatureFailure.StaleTimestamp, check.Failure);
    }

    [Fact]
    public void Test_signer_agrees_with_the_official_vector()
    {
        var vector = SigningVector.Load();

        Assert.Equal(vector.ExpectedSignature, SlackSignedRequests.Sign(vector.SigningSecret, vector.Timestamp, vector.Body));
    }

    [Fact]
    public void Request_signed_now_with_our_secret_verifies()
    {
        var check = Verifier(Now).Verify(NowSeconds, SlackSignedRequests.Sign(Secret, NowSeconds, "a=1"), Bytes("a=1"));

        Assert.True(check.IsValid);
    }

    [Fact]
    public void Tampered_body_is_refused()
    {
        var signature = SlackSignedRequests.Sign(Secret, NowSeconds, "text=approve");

        var check = Verifier(Now).Verify(NowSeconds, signature, Bytes("text=approvf"));

        Assert.Equal(SlackSignatureFailure.SignatureMismatch, check.Failure);
    }

    [Fact]
    public void Signature_made_with_another_secret_is_refused()
    {
        var signature = SlackSignedRequests.Sign("someone-else", NowSeconds, "a=1");

        var check = Verifier(Now).Verify(NowSeconds, signature, Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.SignatureMismatch, check.Failure);
    }

    [Fact]
    public void Signature_over_another_timestamp_is_refused()
    {
        var other = (Now.ToUnixTimeSeconds() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var check = Verifier(Now).Verify(NowSeconds, SlackSignedRequests.Sign(Secret, other, "a=1"), Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.SignatureMismatch, check.Failure);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86_400)]
    public void Timestamp_more_than_five_minutes_from_now_is_refused(int offsetSeconds)
    {
        var timestamp = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var check = Verifier(Now).Verify(timestamp, SlackSignedRequests.Sign(Secret, timestamp, "a=1"), Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.StaleTimestamp, check.Failure);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Timestamp_exactly_five_minutes_away_is_accepted(int offsetSeconds)
    {
        var timestamp = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var check = Verifier(Now).Verify(timestamp, SlackSignedRequests.Sign(Secret, timestamp, "a=1"), Bytes("a=1"));

        Assert.True(check.IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Missing_timestamp_is_refused(string? timestamp)
    {
        var check = Verifier(Now).Verify(timestamp, SlackSignedRequests.Sign(Secret, NowSeconds, "a=1"), Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.MissingTimestamp, check.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Missing_signature_is_refused(string? signature)
    {
        var check = Verifier(Now).Verify(NowSeconds, signature, Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.MissingSignature, check.Failure);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5e9")]
    [InlineData("-1772445600")]
    [InlineData(" 1772445600")]
    [InlineData("99999999999999999999999")]
    public void Non_numeric_timestamp_is_refused(string timestamp)
    {
        var check = Verifier(Now).Verify(timestamp, SlackSignedRequests.Sign(Secret, timestamp, "a=1"), Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.MalformedTimestamp, check.Failure);
    }

    [Theory]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=")]
    public void Malformed_signature_is_refused(string signature)
    {
        var check = Verifier(Now).Verify(NowSeconds, signature, Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.MalformedSignature, check.Failure);
    }

    [Fact]
    public void Verifier_without_a_configured_secret_refuses_everything()
    {
        var check = Verifier(Now, secret: "").Verify(NowSeconds, SlackSignedRequests.Sign("", NowSeconds, "a=1"), Bytes("a=1"));

        Assert.Equal(SlackSignatureFailure.SecretNotConfigured, check.Failure);
    }

    [Fact]
    public void Headers_are_read_from_the_request()
    {
        var headers = new HeaderDictionary
        {
            [SlackRequestVerifier.TimestampHeader] = NowSeconds,
            [SlackRequestVerifier.SignatureHeader] = SlackSignedRequests.Sign(Secret, NowSeconds, "a=1"),
        };

        Assert.True(Verifier(Now).Verify(headers, Bytes("a=1")).IsValid);
    }

    [Fact]
    public void Repeated_signature_header_is_refused()
    {
        var good = SlackSignedRequests.Sign(Secret, NowSeconds, "a=1");
        var headers = new HeaderDictionary
        {
            [SlackRequestVerifier.TimestampHeader] = NowSeconds,
            [SlackRequestVerifier.SignatureHeader] = new(["v0=" + new string('0', 64), good]),
        };

        Assert.Equal(SlackSignatureFailure.MalformedSignature, Verifier(Now).Verify(headers, Bytes("a=1")).Failure);
    }

    [Fact]
    public void Headers_missing_from_the_request_are_refused()
    {
        Assert.Equal(SlackSignatureFailure.MissingTimestamp, Verifier(Now).Verify(new HeaderDictionary(), Bytes("a=1")).Failure);
    }
}
