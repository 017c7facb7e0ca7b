using PostApprovalBot.Core.Audit.Export;

namespace PostApprovalBot.Core.Tests.Audit;

[Trait("Category", "Audit")]
public sealed class AuditCsvWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 30, 15, TimeSpan.Zero);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line 1\r\nline 2", "\"line 1\r\nline 2\"")]
    [InlineData("only\nLF", "\"only\nLF\"")]
    [InlineData("Zürich 東京 🚀", "Zürich 東京 🚀")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string value, string expected)
    {
        Assert.Equal(expected, AuditCsvWriter.Field(value));
    }

    [Fact]
    public void Texts_with_commas_quotes_newlines_and_non_ASCII_read_back_exactly()
    {
        const string text = "Ünïcödé, \"quoted\", 東京 🚀\r\nsecond line\nthird, line";
        const string comment = "Fine, but \"soon\"\nplease";
        var export = new AuditExport(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26), null, null, At,
        [
            new ExportedDraft("P-7K3QXM", "linkedin-contoso", "emma@contoso.com", "Émma, \"E\"", "Approved", At, At,
                [new ExportedRevision(1, "emma@contoso.com", "Émma, \"E\"", At, text, "abc", ["https://a.example/x?y=1,2", "https://b.example"], "Q3 report, p. 4", At.AddDays(1), "Europe/Paris",
                    [new ExportedFinding("lexicon", "Flag", "Mentions \"guarantee\", check", 3, 9)])],
                [new ExportedDecision(1, 1, 1, "Legal", "liam@contoso.com", "Liam Legal", "Approve", comment, At, "lena@contoso.com", "Lena, \"away\"", "Better,\r\ntext")],
                [new ExportedEvent("drafts", "P-7K3QXM", 1, "draft.submitted", "emma@contoso.com", "Émma, \"E\"", At, 1, null, "Submitted", "account=linkedin-contoso", "", "h1")]),
        ], [new ExportedEvent("audit", "account:linkedin-contoso", 1, "action.refused", "noah@contoso.com", "Noah", At, null, null, null, "NotFound: no \"x\",\r\ny", "", "h2")]);

        var rows = Rfc4180Reader.Read(AuditCsvWriter.Write(export));

        Assert.Equal(AuditCsvWriter.Columns, rows[0]);
        Assert.All(rows, r => Assert.Equal(AuditCsvWriter.Columns.Count, r.Count));
        var byRecord = rows.Skip(1).ToLookup(r => r[0]);
        string Cell(string record, string column) => byRecord[record].Single()[AuditCsvWriter.Columns.ToList().IndexOf(column)];
        Assert.Equal(text, Cell("revision", "text"));
        Assert.Equal("https://a.example/x?y=1,2\nhttps://b.example", Cell("revision", "links"));
        Assert.Equal("Émma, \"E\"", Cell("draft", "actor_name"));
        Assert.Equal(comment, Cell("decision", "text"));
        Assert.Equal(("lena@contoso.com", "Lena, \"away\"", "Better,\r\ntext"), (Cell("decision", "on_behalf_of_id"), Cell("decision", "on_behalf_of_name"), Cell("decision", "suggested_text")));
        Assert.Equal("Mentions \"guarantee\", check", Cell("finding", "details"));
        Assert.Equal("2026-11-26T09:30:15.0000000Z", Cell("decision", "at_utc"));
        Assert.Equal("NotFound: no \"x\",\r\ny", byRecord["event"].Single(r => r[3] == "audit")[AuditCsvWriter.Columns.ToList().IndexOf("details")]);
    }

    [Fact]
    public void Records_are_separated_by_CRLF()
    {
        var csv = AuditCsvWriter.Write(new AuditExport(default, default, null, null, At, [], []));

        Assert.Equal(string.Join(',', AuditCsvWriter.Columns) + "\r\n", csv);
    }

    [Fact]
    public void The_JSON_export_reads_back_to_the_same_values()
    {
        var events = new[] { new ExportedEvent("drafts", "P-1", 1, "draft.submitted", "emma@contoso.com", "Émma 東京", At, 1, null, "Submitted", "a,\"b\"\nc", "", "h") };
        var export = new AuditExport(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "linkedin-contoso", null, At, [], events);

        var json = AuditJsonWriter.Write(export);
        var back = AuditJsonWriter.Read(json);

        Assert.Contains("Émma 東京", json);
        Assert.Contains("\"at\": \"2026-11-26T09:30:15.0000000Z\"", json);
        Assert.Equal(export.From, back.From);
        Assert.Equal(events[0], back.OtherEvents.Single());
    }
}
