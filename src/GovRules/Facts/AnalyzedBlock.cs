using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A block read once for matching: its text with suspended hyphens expanded, its tokens and the names in them.</summary>
internal sealed class AnalyzedBlock
{
    public AnalyzedBlock(Block block, string text, Token[] tokens, List<NameMatch> names)
    {
        Block = block;
        Text = text;
        Tokens = tokens;
        Names = names;
    }

    /// <summary>The block.</summary>
    public Block Block { get; }

    /// <summary>The normalised text with suspended compounds written out.</summary>
    public string Text { get; }

    /// <summary>Every token of the text.</summary>
    public Token[] Tokens { get; }

    /// <summary>Names of organs, posts and units in the tokens.</summary>
    public List<NameMatch> Names { get; }

    /// <summary>Analyses a block's text.</summary>
    public static AnalyzedBlock Of(Block block, string rawText, NameFinder names)
    {
        var text = TextNormalizer.Normalize(rawText);
        var tokens = Tokenizer.Tokenize(text);
        if (SuspendedHyphens.MayHave(text))
        {
            var expanded = SuspendedHyphens.Expand(text, tokens, names.Matcher);
            if (!ReferenceEquals(expanded, text)) tokens = Tokenizer.Tokenize(text = expanded);
        }
        return new AnalyzedBlock(block, text, tokens, names.Find(tokens));
    }

    /// <summary>The clauses of the text, each with its tokens and names re-indexed to the clause.</summary>
    public List<Clause> Clauses()
    {
        var pieces = ClauseSplitter.Split(Text);
        var clauses = new List<Clause>(pieces.Count);
        var tokenIndex = 0;
        foreach (var piece in pieces)
        {
            while (tokenIndex < Tokens.Length && Tokens[tokenIndex].Start < piece.Start) tokenIndex++;
            var first = tokenIndex;
            while (tokenIndex < Tokens.Length && Tokens[tokenIndex].Start < piece.End) tokenIndex++;
            if (first == 0 && tokenIndex == Tokens.Length)
            {
                clauses.Add(new Clause(Text, piece.Start, piece.End, TokenSlice.Of(Tokens), Names, piece.EndsWithColon)); // the whole block: nothing to re-index
                continue;
            }
            var names = new List<NameMatch>();
            foreach (var name in Names)
                if (name.Start >= first && name.End <= tokenIndex) names.Add(name with { Start = name.Start - first });
            clauses.Add(new Clause(Text, piece.Start, piece.End, new TokenSlice(Tokens, first, tokenIndex - first), names, piece.EndsWithColon));
        }
        return clauses;
    }
}
