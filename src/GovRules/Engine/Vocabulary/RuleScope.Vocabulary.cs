using System.Text.RegularExpressions;
using GovRules.Facts;

namespace GovRules.Engine.Vocabulary;

/// <summary>The vocabulary rule expressions are written in. A term is a lexicon id, a synonym or Finnish words in base form; "a|b" gives alternatives.</summary>
public abstract partial class RuleScope
{
    private DocView? doc;
    private OrgView? org;

    /// <summary>The draft: mentions, sections, blocks.</summary>
    public DocView Doc => doc ??= new DocView(Facts, Context.Language, Record, BudgetTick);

    /// <summary>The organisation chart (empty when none was given or found).</summary>
    public OrgView Org => org ??= new OrgView(Facts, Context.Language, Record, BudgetTick);

    /// <summary>Whether <paramref name="holder"/> has an assignment whose task has every one of <paramref name="taskTerms"/>
    /// (any assignment at all when no terms are given).</summary>
    public bool Holds(string holder, params string[] taskTerms)
    {
        BudgetTick();
        var match = Facts.AssignmentsOf(holder).FirstOrDefault(a => taskTerms.All(t => Facts.TaskMentions(a, t)));
        // When the holder lacks the task, point at where the holder's own provisions stand: that is where the wording belongs.
        var where = match?.Location ?? Facts.FindEntity(holder)?.Definitions.FirstOrDefault();
        Record(Phrases.Holds(holder, taskTerms, Context.Language), Phrases.Found(match), where);
        return match is not null;
    }

    /// <summary>Whether anyone (organ, official or unit) has an assignment whose task has every one of <paramref name="taskTerms"/>.</summary>
    public bool HeldByAnyone(params string[] taskTerms) => AssignmentsAbout(taskTerms).Count > 0;

    /// <summary>The distinct holders (entity ids) of assignments whose task has every one of <paramref name="taskTerms"/>.</summary>
    public IReadOnlyList<string> HoldersOf(params string[] taskTerms) =>
        AssignmentsAbout(taskTerms).Select(a => a.Holder).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Every assignment whose task has every one of <paramref name="taskTerms"/>, in body order.</summary>
    public IReadOnlyList<Assignment> AssignmentsAbout(params string[] taskTerms)
    {
        BudgetTick();
        var found = Facts.AssignmentsAbout(taskTerms).ToList();
        Record(Phrases.HolderOf(taskTerms, Context.Language), found.Count == 0 ? null : Phrases.Found(found[0]), found.FirstOrDefault()?.Location);
        return found;
    }

    /// <summary>Whether some block of the draft mentions every one of <paramref name="terms"/> (same as <c>Doc.Mentions</c>).</summary>
    public bool Mentions(params string[] terms) => Doc.Mentions(terms);

    /// <summary>Whether <paramref name="from"/> delegates power (to <paramref name="to"/>, when given).</summary>
    public bool Delegated(string from, string? to = null)
    {
        BudgetTick();
        var target = to is null ? null : Facts.FindEntity(to)?.Id ?? to;
        var match = Facts.DelegationsFrom(from).FirstOrDefault(d => target is null || string.Equals(d.To, target, StringComparison.Ordinal));
        Record(Phrases.Delegation(from, to, Context.Language), match is null ? null : $"{match.From} → {match.To}: {match.Scope}", match?.Location);
        return match is not null;
    }

    /// <summary>Whether the county has declared (or GovRules detected) the profile, e.g. "kaksikielinen".</summary>
    public bool Profile(string name) => Context.Profiles.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> matches the regular expression; the match is time-limited (at most 1 s, within the rule's budget).</summary>
    public bool Regex(string text, string pattern, bool ignoreCase = false) => RegexMatch(text, pattern, ignoreCase).Success;

    /// <summary>The first match of the regular expression in <paramref name="text"/> (with its groups); time-limited like <see cref="Regex"/>.</summary>
    public Match RegexMatch(string text, string pattern, bool ignoreCase = false)
    {
        BudgetTick();
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        return System.Text.RegularExpressions.Regex.Match(text, pattern, options, Context.Budget.RegexTimeout);
    }
}
