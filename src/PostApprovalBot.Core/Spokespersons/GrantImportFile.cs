using System.Globalization;
using PostApprovalBot.Core.People;

namespace PostApprovalBot.Core.Spokespersons;

/// <summary>One line of an import file, checked: who, what scope, until when.</summary>
public sealed record GrantImportLine(PersonId Person, GrantScope Scope, DateTimeOffset? Until);

/// <summary>
/// A CSV of grants to import (header email,account,platform,until), read and checked whole: the admin API and the web page
/// grant nothing unless every line is good, so a bad file changes nothing and every bad line is named at once.
/// </summary>
public sealed record GrantImportFile(IReadOnlyList<GrantImportLine> Lines, IReadOnlyList<string> Problems)
{
    public static GrantImportFile Read(string csv)
    {
        var lines = new List<GrantImportLine>();
        var problems = new List<string>();
        var rows = GrantCsv.Parse(csv);
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(GrantCsv.ImportHeader))
            return new(lines, [$"The first line must be the header: {string.Join(',', GrantCsv.ImportHeader)}."]);
        foreach (var (fields, index) in rows.Skip(1).Select((f, i) => (f, i + 2)))
        {
            if (fields.Length != GrantCsv.ImportHeader.Length) { problems.Add($"Line {index}: expected 4 fields, found {fields.Length}."); continue; }
            var (scope, problem) = GrantScopeInput.Read(fields[1], fields[2]);
            DateTimeOffset? until = null;
            if (!PersonId.TryFromEmail(fields[0], out var person)) problem ??= $"'{fields[0]}' is not an e-mail address.";
            if (fields[3].Trim().Length > 0)
            {
                if (DateTimeOffset.TryParse(fields[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) until = parsed;
                else problem ??= $"'{fields[3]}' is not a date (use 2026-12-31 or 2026-12-31T18:00:00Z).";
            }
            if (problem is not null) problems.Add($"Line {index}: {problem}");
            else lines.Add(new GrantImportLine(person, scope!, until));
        }
        return new(lines, problems);
    }
}
