using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A clause ready to read: its tokens (item label skipped) and the names found in them.</summary>
internal sealed class Clause
{
    private readonly NameMatch?[] nameAt;

    public Clause(string text, List<Token> tokens, List<NameMatch> names, bool endsWithColon)
    {
        Text = text;
        Tokens = tokens;
        Names = names;
        EndsWithColon = endsWithColon;
        nameAt = new NameMatch?[tokens.Count];
        foreach (var name in names)
            for (var i = name.Start; i < name.End; i++) nameAt[i] = name;
        First = FirstContentToken(tokens);
    }

    /// <summary>The clause text.</summary>
    public string Text { get; }

    /// <summary>The tokens.</summary>
    public List<Token> Tokens { get; }

    /// <summary>Names of organs, posts and units in the clause.</summary>
    public List<NameMatch> Names { get; }

    /// <summary>Whether the clause ends with a lead-in colon.</summary>
    public bool EndsWithColon { get; }

    /// <summary>The first token after any item label ("1)", "a.", "•").</summary>
    public int First { get; }

    /// <summary>The name covering token <paramref name="i"/>, if any.</summary>
    public NameMatch? NameAt(int i) => i >= 0 && i < nameAt.Length ? nameAt[i] : null;

    /// <summary>The lower-case word at <paramref name="i"/>, or "" outside the clause.</summary>
    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    private static int FirstContentToken(List<Token> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            var isLabel = !token.IsWord
                || (token.Text.Length == 1 && i + 1 < tokens.Count && (tokens[i + 1].Is(')') || tokens[i + 1].Is('.')) && i == 0);
            if (!isLabel || token.Is('(') || token.Is('"')) break;
            i++;
        }
        return i;
    }
}
