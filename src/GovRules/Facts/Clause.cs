using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A clause ready to read: its tokens (item label skipped) and the names found in them.</summary>
internal sealed class Clause
{
    private readonly string source;
    private readonly int textStart;
    private readonly int textEnd;
    private string? text;
    private int cues = -1;

    /// <summary>A clause of <paramref name="source"/> (the block text) between <paramref name="textStart"/> and <paramref name="textEnd"/>.</summary>
    public Clause(string source, int textStart, int textEnd, TokenSlice tokens, List<NameMatch> names, bool endsWithColon)
    {
        this.source = source;
        this.textStart = textStart;
        this.textEnd = textEnd;
        Tokens = tokens;
        Names = names;
        EndsWithColon = endsWithColon;
        First = FirstContentToken(tokens);
    }

    /// <summary>The clause text (cut from the block text when first asked: only delegations read it).</summary>
    public string Text => text ??= textStart == 0 && textEnd == source.Length ? source : source[textStart..textEnd].Trim();

    /// <summary>The tokens.</summary>
    public TokenSlice Tokens { get; }

    /// <summary>Names of organs, posts and units in the clause.</summary>
    public List<NameMatch> Names { get; }

    /// <summary>Whether the clause ends with a lead-in colon.</summary>
    public bool EndsWithColon { get; }

    /// <summary>The first token after any item label ("1)", "a.", "•").</summary>
    public int First { get; }

    /// <summary>Whether any word of the clause is of one of the <paramref name="classes"/>: a frame whose cue word is missing need not be read.</summary>
    public bool Has(FunctionWord classes) => (Cues & (int)classes) != 0;

    /// <summary>Whether any word of the clause is a finite task verb.</summary>
    public bool HasFiniteVerb => TaskVerbs.AnyFinite(Cues);

    /// <summary>Whether any word of the clause is a task verb's infinitive or necessive participle.</summary>
    public bool HasNonFiniteVerb => TaskVerbs.AnyNonFinite(Cues);

    // The word classes of every token, OR-ed once (a clause is read by several frames).
    private int Cues
    {
        get
        {
            if (cues >= 0) return cues;
            var all = 0;
            foreach (var token in Tokens.Span) all |= FunctionWords.Of(token);
            return cues = all;
        }
    }

    /// <summary>The name covering token <paramref name="i"/>, if any.</summary>
    public NameMatch? NameAt(int i)
    {
        // A clause names a handful of bodies at most: a scan is as fast as a per-token table and allocates nothing.
        foreach (var name in Names)
            if (i >= name.Start && i < name.End) return name;
        return null;
    }

    /// <summary>The lower-case word at <paramref name="i"/>, or "" outside the clause.</summary>
    public string Word(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Lower : "";

    /// <summary>Whether the word at <paramref name="i"/> is of <paramref name="wordClass"/>; false outside the clause.</summary>
    public bool Is(int i, FunctionWord wordClass) => i >= 0 && i < Tokens.Count && FunctionWords.Is(Tokens[i], wordClass);

    /// <summary>The task-verb kind of a finite verb at <paramref name="i"/>; null for any other word and outside the clause.</summary>
    public AssignmentVerb? FiniteVerb(int i) => i >= 0 && i < Tokens.Count ? TaskVerbs.FiniteKind(Tokens[i]) : null;

    /// <summary>The task-verb kind of an infinitive or necessive participle at <paramref name="i"/>; null otherwise.</summary>
    public AssignmentVerb? NonFiniteVerb(int i) => i >= 0 && i < Tokens.Count ? TaskVerbs.NonFiniteKind(Tokens[i]) : null;

    /// <summary>Whether the word at <paramref name="i"/> is a task verb's infinitive and not also a finite form ("päättää" is both).</summary>
    public bool IsOnlyInfinitive(int i) => i >= 0 && i < Tokens.Count && TaskVerbs.IsOnlyInfinitive(Tokens[i]);

    private static int FirstContentToken(TokenSlice tokens)
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
