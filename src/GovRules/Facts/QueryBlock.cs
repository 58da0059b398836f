using GovRules.Documents;

namespace GovRules.Facts;

/// <summary>A block with the words term queries read in it (its text with suspended compounds written out).</summary>
internal sealed record QueryBlock(Block Block, WordSequence Words);
