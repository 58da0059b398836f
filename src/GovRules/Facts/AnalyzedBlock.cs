using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A block read once for matching: its text with suspended hyphens expanded, its tokens and the names in them.</summary>
internal sealed class AnalyzedBlock
{
    public AnalyzedBlock(Block block, string text, List<Token> tokens, List<NameMatch> names)
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
    public List<Token> Tokens { get; }

    /// <summary>Names of organs, posts and units in the tokens.</summary>
    public List<NameMatch> Names { get; }

    /// <summary>Analyses a block's text.</summary>
    public static AnalyzedBlock Of(Block block, string rawText, NameFinder names)
    {
        var text = SuspendedHyphens.Expand(TextNormalizer.Normalize(rawText), names.Lexicon, names.Analyzer);
        var tokens = Tokenizer.Tokenize(text);
        return new AnalyzedBlock(block, text, tokens, names.Find(tokens));
    }

    /// <summary>The clauses of the text, each with its tokens and names re-indexed to the clause.</summary>
    public IEnumerable<Clause> Clauses()
    {
        var tokenIndex = 0;
        foreach (var piece in ClauseSplitter.Split(Text))
        {
            while (tokenIndex < Tokens.Count && Tokens[tokenIndex].Start < piece.Start) tokenIndex++;
            var first = tokenIndex;
            while (tokenIndex < Tokens.Count && Tokens[tokenIndex].Start < piece.End) tokenIndex++;
            var tokens = Tokens.GetRange(first, tokenIndex - first);
            var names = Names.Where(n => n.Start >= first && n.End <= tokenIndex).Select(n => n with { Start = n.Start - first }).ToList();
            yield return new Clause(Text[piece.Start..piece.End].Trim(), tokens, names, piece.EndsWithColon);
        }
    }
}
