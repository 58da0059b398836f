using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace GovRules.Tests.Reporting.Docx;

/// <summary>A comment as pandoc reads it: its author, its own text and the document text it is anchored on (deletions left out).</summary>
internal sealed record PandocComment(string Id, string Author, string Text, string Anchored);

/// <summary>Reads the comments of a .docx with the real pandoc (`pandoc --track-changes=… -t json`).</summary>
internal static class PandocComments
{
    public static IReadOnlyList<PandocComment> Read(string docx, string trackChanges = "all")
    {
        var start = new ProcessStartInfo("pandoc") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { $"--track-changes={trackChanges}", "-t", "json", docx }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue($"pandoc did not finish on {docx}");
        process.ExitCode.ShouldBe(0, $"pandoc failed on {docx}: {stderr.Result}");
        using var json = JsonDocument.Parse(stdout.Result);
        var walk = new Walk();
        // A Title paragraph becomes metadata; it comes first in the document.
        walk.Visit(json.RootElement.GetProperty("meta"));
        walk.Visit(json.RootElement.GetProperty("blocks"));
        return walk.Comments.Select(c => c with { Anchored = Normalize(walk.Anchored[c.Id].ToString()) }).ToList();
    }

    public static string Normalize(string text) =>
        string.Join(' ', text.Replace("\u00AD", "", StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class Walk
    {
        public List<PandocComment> Comments { get; } = [];
        public Dictionary<string, StringBuilder> Anchored { get; } = [];
        private readonly HashSet<string> _open = [];

        public void Visit(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) Visit(item);
                return;
            }
            if (element.ValueKind != JsonValueKind.Object) return;
            if (!element.TryGetProperty("t", out var type))
            {
                foreach (var property in element.EnumerateObject()) Visit(property.Value);
                return;
            }
            switch (type.GetString())
            {
                case "Str": Append(element.GetProperty("c").GetString() ?? ""); return;
                case "Space" or "SoftBreak" or "LineBreak": Append(" "); return;
                case "Span" when Classes(element).Contains("comment-start"):
                    var attributes = Attributes(element);
                    var id = attributes.GetValueOrDefault("id", "");
                    var text = new Walk();
                    text._open.Add("");
                    text.Anchored[""] = new StringBuilder();
                    text.Visit(element.GetProperty("c")[1]);
                    Comments.Add(new PandocComment(id, attributes.GetValueOrDefault("author", ""), Normalize(text.Anchored[""].ToString()), ""));
                    Anchored[id] = new StringBuilder();
                    _open.Add(id);
                    return;
                // With --track-changes=all, deleted text stays in the output; the anchored text is read as accepted.
                case "Span" when Classes(element).Contains("deletion"):
                    return;
                case "Span" when Classes(element).Contains("comment-end"):
                    _open.Remove(Attributes(element).GetValueOrDefault("id", ""));
                    break;
            }
            if (element.TryGetProperty("c", out var content)) Visit(content);
        }

        private void Append(string text)
        {
            foreach (var id in _open) Anchored[id].Append(text);
        }

        private static List<string> Classes(JsonElement span) =>
            span.GetProperty("c")[0][1].EnumerateArray().Select(c => c.GetString() ?? "").ToList();

        private static Dictionary<string, string> Attributes(JsonElement span) =>
            span.GetProperty("c")[0][2].EnumerateArray().ToDictionary(a => a[0].GetString() ?? "", a => a[1].GetString() ?? "");
    }
}
