using GovRules.Documents;
using GovRules.Facts;
using GovRules.Rules;

namespace GovRules.Engine.Vocabulary;

/// <summary>The draft as rule expressions see it: <c>Doc.Mentions(…)</c>, <c>Doc.HasSectionAbout(…)</c>, <c>Doc.Sections</c>.</summary>
public sealed class DocView
{
    private readonly FactBase facts;
    private readonly TextLanguage language;
    private readonly Action<string, string?, SourceLocation?> record;
    private readonly Action tick;

    internal DocView(FactBase facts, TextLanguage language, Action<string, string?, SourceLocation?> record, Action tick)
    {
        this.facts = facts;
        this.language = language;
        this.record = record;
        this.tick = tick;
    }

    /// <summary>Every section (§) in order.</summary>
    public IReadOnlyList<GovSection> Sections => facts.Document.Sections;

    /// <summary>Every chapter (luku) in order.</summary>
    public IReadOnlyList<GovChapter> Chapters => facts.Document.Chapters;

    /// <summary>Every block (heading, paragraph, list item, table) in body order.</summary>
    public IReadOnlyList<Block> Blocks => facts.Document.Blocks;

    /// <summary>Whether one block of the draft mentions every one of <paramref name="terms"/> (inflection-aware; "a|b" for alternatives).</summary>
    public bool Mentions(params string[] terms)
    {
        var found = BlocksMentioning(terms).FirstOrDefault();
        record(Phrases.Mention(terms, language), found?.Snippet, found);
        return found is not null;
    }

    /// <summary>Where the draft mentions every one of <paramref name="terms"/> in one block.</summary>
    public IReadOnlyList<SourceLocation> MentionsOf(params string[] terms) => BlocksMentioning(terms).ToList();

    /// <summary>Whether a section's heading mentions every one of <paramref name="terms"/> (e.g. "12 § Toimivallan siirtäminen").</summary>
    public bool HasSectionAbout(params string[] terms)
    {
        var headings = facts.Document.Sections.Select(s => s.Heading.Location.Paragraph).ToHashSet();
        var found = BlocksMentioning(terms).FirstOrDefault(l => headings.Contains(l.Paragraph));
        record(Phrases.SectionAbout(terms, language), found?.Snippet, found);
        return found is not null;
    }

    private IEnumerable<SourceLocation> BlocksMentioning(string[] terms)
    {
        tick();
        if (terms.Length == 0) return [];
        var common = facts.MentionsOf(terms[0]).ToList();
        foreach (var term in terms.Skip(1))
        {
            tick();
            var paragraphs = facts.MentionsOf(term).Select(l => l.Paragraph).ToHashSet();
            common = common.Where(l => paragraphs.Contains(l.Paragraph)).ToList();
        }
        return common;
    }
}
