using GovRules.Documents;
using GovRules.Language;

namespace GovRules.Facts;

/// <summary>A block with the words term queries read in it (its text with suspended compounds written out).</summary>
/// <param name="Block">The block.</param>
/// <param name="Words">Its tokens, as the extractor read them.</param>
internal sealed record QueryBlock(Block Block, Token[] Words);
