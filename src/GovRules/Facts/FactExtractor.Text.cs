using System.Runtime.InteropServices;
using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>Paragraphs and list items: sentences with their own holder, lead-ins, and items that inherit one.</summary>
internal sealed partial class FactExtractor
{
    private void ReadText(AnalyzedBlock block, bool isItem)
    {
        // No name in the text and no holder to inherit: no clause can give a fact; only the lead-in state moves on.
        if (block.Names.Count == 0 && Inheritable(isItem) is null)
        {
            CarryLeadIn(null, isItem, ClauseSplitter.Split(block.Text) is [.., { EndsWithColon: true }], block.Block.Location);
            return;
        }
        var location = block.Block.Location;
        HolderContext? inline = null;
        HolderContext? opened = null;
        var clauses = block.Clauses();
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            // A clause that names no one, with no holder to inherit, can give no fact: no reading it.
            if (clause.Names.Count == 0 && inline is null && Inheritable(isItem) is null) continue;
            var facts = ClauseReader.Read(clause);
            var holders = ResolveAll(facts.Holders);
            var context = inline ?? (isItem ? leadIn ?? section : facts.HasFiniteVerb && facts.Subjectless ? section : null);
            ReadStructure(clause, holders.Count > 0 ? holders : context?.Holders ?? [], location);
            if (holders.Count > 0)
            {
                var isLast = c == clauses.Count - 1;
                if (clause.EndsWithColon || (isLast && !isItem && AllEmpty(facts.Segments)))
                {
                    var verb = facts.ItemVerb ?? AssignmentVerb.Tehtava;
                    inline = opened = new HolderContext(holders, verb, facts.Qualifiers, location);
                    Define(holders, location);
                    continue;
                }
                for (var s = 0; s < facts.Segments.Count; s++)
                {
                    var segment = facts.Segments[s];
                    var task = TaskOf(segment.Task, block);
                    foreach (var holder in holders) Add(holder, segment.Verb, task, facts.Qualifiers, location);
                }
                continue;
            }
            if (context is null || facts.Refused || AllEmpty(facts.Segments)) continue;
            if (!facts.HasFiniteVerb && !isItem && inline is null) continue;
            for (var s = 0; s < facts.Segments.Count; s++)
            {
                var segment = facts.Segments[s];
                var verb = facts.HasFiniteVerb || facts.ItemVerb is not null ? segment.Verb : context.Verb;
                if (context.Holders.Count == 0 || (context.Verb == AssignmentVerb.Paattaa && !facts.HasFiniteVerb && !ClauseReader.HasWordEndingIn(segment.Task.Span, "sta", "stä"))) continue;
                var task = TaskOf(segment.Task, block);
                foreach (var holder in context.Holders) Add(holder, verb, task, facts.Qualifiers | context.Qualifiers, location);
            }
        }
        CarryLeadIn(opened, isItem, clauses.Count > 0 && clauses[^1].EndsWithColon, location);
    }

    // The holder a subjectless clause of this block could take: an item's lead-in or section, a paragraph's section.
    private HolderContext? Inheritable(bool isItem) => isItem ? leadIn ?? section : section;

    // What the next items inherit: the holders this block opened, no one after a holderless lead-in
    // ("Kokouksessa käsitellään:" — its items belong to no one), nothing after other text; an item changes nothing.
    private void CarryLeadIn(HolderContext? opened, bool isItem, bool endsWithColon, SourceLocation location)
    {
        if (opened is not null) leadIn = opened;
        else if (!isItem && endsWithColon) leadIn = new HolderContext([], AssignmentVerb.Tehtava, AssignmentQualifiers.None, location);
        else if (!isItem) leadIn = null;
    }

    private void ReadStructure(Clause clause, IReadOnlyList<NameMatch> holders, SourceLocation location)
    {
        foreach (var (subordinate, superior) in ReportingReader.Read(clause, holders))
            lines.Add(new ReportingLine { Subordinate = Resolve(subordinate).Id, Superior = Resolve(superior).Id, Source = ReportingSource.Text, Location = location });
        if (DelegationReader.Read(clause, holders) is not { } delegation) return;
        foreach (var from in delegation.From)
            delegations.Add(new Delegation
            {
                From = Resolve(from).Id,
                To = delegation.To is null ? null : Resolve(delegation.To).Id,
                Scope = delegation.Scope,
                Terms = terms.Of(CollectionsMarshal.AsSpan(delegation.ScopeTokens)),
                Redelegation = delegation.Redelegation,
                Instrument = delegation.Instrument,
                Location = location,
            });
    }

    // A task shared by several holders ("Aluevaltuusto ja aluehallitus vastaavat …") is read once; its terms list is shared, never changed.
    // A task that is a run of the block's tokens takes its names from the block's reading instead of finding them again.
    private (string Text, IReadOnlyList<string> Terms) TaskOf(TokenSlice tokens, AnalyzedBlock block) =>
        (TokenText.Join(tokens.Span, block.Text), tokens.OffsetIn(block.Tokens) is { } offset ? terms.Of(tokens.Span, block.Names, offset) : terms.Of(tokens.Span));

    private void Add(NameMatch holder, AssignmentVerb verb, (string Text, IReadOnlyList<string> Terms) task, AssignmentQualifiers qualifiers, SourceLocation location)
    {
        var resolved = Resolve(holder);
        assignments.Add(new Assignment
        {
            Holder = resolved.Id,
            HolderText = holder.Text,
            Verb = verb,
            Task = task.Text,
            Terms = task.Terms,
            Qualifiers = qualifiers,
            Location = location,
        });
        registry.Define(resolved.Id, DisplayName(resolved), resolved.Kind, location);
    }

    private static string DisplayName(NameMatch name) => name.Case == GrammaticalCase.Nominative && !name.Plural ? name.Text : name.Id;

    private void Define(IReadOnlyList<NameMatch> holders, SourceLocation location)
    {
        for (var h = 0; h < holders.Count; h++)
        {
            var holder = Resolve(holders[h]);
            registry.Define(holder.Id, DisplayName(holder), holder.Kind, location);
        }
    }

    // The clause's holders as this section resolves them; the clause's own list when none changes (the usual case).
    private IReadOnlyList<NameMatch> ResolveAll(IReadOnlyList<NameMatch> holders)
    {
        for (var h = 0; h < holders.Count; h++)
        {
            if (ReferenceEquals(Resolve(holders[h]), holders[h])) continue;
            var resolved = new NameMatch[holders.Count];
            for (var k = 0; k < resolved.Length; k++) resolved[k] = Resolve(holders[k]);
            return resolved;
        }
        return holders;
    }

    // "Lautakunnan tehtävänä on" inside "Hyvinvointilautakunnan tehtävät" means that lautakunta.
    private NameMatch Resolve(NameMatch name)
    {
        if (section is null || lexicon.Head(name.Id) is null) return name;
        foreach (var owner in section.Holders)
            if (owner.Id != name.Id && owner.Kind == name.Kind && owner.Id.EndsWith(name.Id, StringComparison.Ordinal)) return name with { Id = owner.Id };
        return name;
    }

    private static bool AllEmpty(IReadOnlyList<TaskSegment> segments)
    {
        for (var s = 0; s < segments.Count; s++)
            if (!HolderContext.IsEmptyTask(segments[s].Task.Span)) return false;
        return true;
    }
}
