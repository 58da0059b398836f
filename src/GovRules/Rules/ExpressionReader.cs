using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovRules.Rules;

/// <summary>
/// Takes an expression scalar out of a rule file line by line, keeping where each line starts in the
/// file: for a one-line scalar from the node's start mark (after an opening quote); for a block scalar
/// (| or &gt;) from the raw lines below the indicator and their common indentation.
/// </summary>
internal static class ExpressionReader
{
    public static RuleExpression Read(ExpressionRole role, string file, YamlScalarNode node, string[] fileLines)
    {
        var startLine = (int)node.Start.Line;
        var startColumn = (int)node.Start.Column;
        var value = node.Value ?? "";
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            return new RuleExpression(role, file, BlockLines(startLine, (int)node.End.Line, fileLines));
        if (node.Style == ScalarStyle.Plain && node.End.Line > node.Start.Line)
            return new RuleExpression(role, file, PlainLines(startLine, (int)node.End.Line, startColumn, fileLines));
        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new RuleExpression(role, file, [new ExpressionLine(startLine, startColumn + quoted, value.Replace("\n", " ", StringComparison.Ordinal))]);
    }

    private static List<ExpressionLine> BlockLines(int indicatorLine, int endLine, string[] fileLines)
    {
        var lines = new List<ExpressionLine>();
        var indent = -1;
        for (var number = indicatorLine + 1; number <= Math.Min(endLine, fileLines.Length); number++)
        {
            var raw = fileLines[number - 1];
            if (raw.Trim().Length == 0)
            {
                lines.Add(new ExpressionLine(number, 1, ""));
                continue;
            }
            var leading = raw.Length - raw.TrimStart(' ').Length;
            if (indent < 0) indent = leading;
            if (leading < indent) break;
            lines.Add(new ExpressionLine(number, indent + 1, raw[indent..].TrimEnd()));
        }
        while (lines.Count > 0 && lines[^1].Text.Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static List<ExpressionLine> PlainLines(int startLine, int endLine, int startColumn, string[] fileLines)
    {
        var lines = new List<ExpressionLine> { new(startLine, startColumn, fileLines[startLine - 1][(startColumn - 1)..].TrimEnd()) };
        for (var number = startLine + 1; number <= Math.Min(endLine, fileLines.Length); number++)
        {
            var raw = fileLines[number - 1];
            var leading = raw.Length - raw.TrimStart(' ').Length;
            if (raw.Trim().Length == 0) continue;
            lines.Add(new ExpressionLine(number, leading + 1, raw.Trim()));
        }
        return lines;
    }
}
