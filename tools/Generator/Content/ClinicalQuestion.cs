using Leaflet.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Leaflet.Content;

/// <summary>
/// A question for the clinical reviewer about one passage of the article. It is never deleted:
/// closing it records who closed it, when, and what was decided.
/// </summary>
/// <param name="Passage">The text as published, which the build finds in the article to point at.</param>
/// <param name="Source">The source sentence the passage carries, when there is one.</param>
/// <param name="Line">The question's own 1-based line in the file.</param>
/// <param name="Column">The question's own 1-based column in the file.</param>
public sealed record ClinicalQuestion(
    string Passage,
    string? Source,
    string Question,
    bool Open,
    string? ClosedBy,
    DateOnly? ClosedOn,
    string? Decision,
    int Line,
    int Column);

/// <summary>Reads <c>clinical_questions:</c>, a list of questions, reporting each wrong field at its own line and column.</summary>
public static class ClinicalQuestionReader
{
    public const string Key = "clinical_questions";

    private const string OpenStatus = "open";
    private const string ClosedStatus = "closed";
    private static readonly string[] ClosingFields = ["closed_by", "closed_on", "decision"];
    private static readonly IReadOnlyList<string> KnownKeys = ["passage", "source", "question", "status", .. ClosingFields];

    /// <returns>The questions, or null when any of them is malformed (each problem is a diagnostic).</returns>
    public static IReadOnlyList<ClinicalQuestion>? Read(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        if (fields.Node(Key) is not { } node) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Report(diagnostics, path, node, $"'{Key}' must be a list of questions, each with passage, question and status");
            return null;
        }
        var questions = new List<ClinicalQuestion>();
        var wrong = false;
        foreach (var item in sequence.Children)
        {
            if (ReadOne(item, path, diagnostics) is { } question) questions.Add(question);
            else wrong = true;
        }
        return wrong ? null : questions;
    }

    private static ClinicalQuestion? ReadOne(YamlNode item, string path, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var question = Parse(item, path, found);
        diagnostics.AddRange(found.ToSortedList());
        return found.HasErrors ? null : question;
    }

    private static ClinicalQuestion? Parse(YamlNode item, string path, DiagnosticBag diagnostics)
    {
        if (item is not YamlMappingNode mapping)
        {
            Report(diagnostics, path, item, "a clinical question must be a mapping with passage, question and status");
            return null;
        }
        var fields = new YamlFields(mapping, path, lineOffset: 1, diagnostics);
        fields.WarnAboutUnknownKeys(KnownKeys, DiagnosticCodes.UnknownField);
        var passage = fields.RequiredText("passage");
        var source = fields.OptionalText("source");
        var asked = fields.RequiredText("question");
        var status = fields.RequiredText("status");
        var open = status == OpenStatus;
        if (status is not null && !open && status != ClosedStatus)
            Report(diagnostics, path, fields.Node("status")!, $"'status' must be '{OpenStatus}' or '{ClosedStatus}', not '{status}'");

        string? closedBy = null, decision = null;
        DateOnly? closedOn = null;
        if (status == ClosedStatus)
        {
            closedBy = fields.RequiredText("closed_by");
            closedOn = fields.RequiredDate("closed_on");
            decision = fields.RequiredText("decision");
        }
        else if (open)
        {
            foreach (var key in ClosingFields.Where(k => fields.Node(k) is not null))
                Report(diagnostics, path, fields.Node(key)!, $"'{key}' belongs to a closed question; this one is open: set 'status: closed' when the reviewer closes it");
        }
        if (passage is null || asked is null) return null;
        return new ClinicalQuestion(passage, source, asked, open, closedBy, closedOn, decision,
            YamlReader.Line(mapping, 1), YamlReader.Column(mapping));
    }

    private static void Report(DiagnosticBag diagnostics, string path, YamlNode node, string message) =>
        diagnostics.Add(Diagnostic.Of(DiagnosticCodes.FieldInvalid, path, YamlReader.Line(node, 1), YamlReader.Column(node), message));
}
