namespace GovRules.Engine.Vocabulary;

/// <summary>The verdict of a for-each rule's <c>assert</c> on one item, with what the vocabulary looked for and found.</summary>
/// <param name="Item">The item (an entity, a chart node, a section, a text, …).</param>
/// <param name="Holds">Whether the assertion held for the item.</param>
/// <param name="Evidence">What the assertion looked for and found while judging this item.</param>
public sealed record ItemVerdict(object? Item, bool Holds, IReadOnlyList<Evidence> Evidence);
