using GovRules.Language;

namespace GovRules.Facts;

/// <summary>The content words of a task in base form: lexicon term ids where a term occurs, names' ids, else stems.</summary>
internal sealed class TaskTerms(NameFinder names)
{
    /// <summary>The terms of a task's tokens, in order of first appearance, without duplicates.</summary>
    public List<string> Of(IReadOnlyList<Token> tokens)
    {
        var terms = names.Matcher.EntriesIn(tokens, TermKind.Task);
        foreach (var name in names.Find(tokens))
            if (!terms.Contains(name.Id)) terms.Add(name.Id);
        foreach (var token in tokens)
        {
            if (!token.IsWord || token.Lower.Length < 4 || FunctionWords.Is(token, FunctionWord.StopWord)) continue;
            var stem = names.Matcher.StemOf(token);
            if (!terms.Contains(stem)) terms.Add(stem);
        }
        return terms;
    }
}
