using Microsoft.CodeAnalysis;

namespace GovRules.Compilation;

/// <summary>
/// The allow-list of the rule sandbox: the types (and namespaces) a rule expression may touch. Everything
/// else — files, network, processes, environment, reflection, threads, interop, the console, GC — is refused
/// because it is not on this list, not because it is on a deny-list.
/// </summary>
internal static class SandboxPolicy
{
    private static readonly HashSet<string> AllowedNamespaces = new(StringComparer.Ordinal)
    {
        "GovRules.Engine.Vocabulary", "GovRules.Facts", "GovRules.Generated",
    };

    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        // Primitive and value types, text.
        "System.Object", "System.Void", "System.String", "System.Boolean", "System.Char", "System.Byte", "System.SByte", "System.Int16",
        "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double",
        "System.Decimal", "System.Math", "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
        "System.Nullable`1", "System.Enum", "System.ValueType", "System.Index", "System.Range", "System.TimeSpan",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.Array", "System.MemoryExtensions",
        "System.ReadOnlySpan`1", "System.Span`1", "System.Text.StringBuilder", "System.Globalization.CultureInfo",
        "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "System.FormattableString", "System.IFormatProvider",
        "System.IFormattable", "System.IDisposable",
        // Delegates and tuples.
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Action", "System.Action`1",
        "System.Action`2", "System.Predicate`1", "System.Comparison`1", "System.ValueTuple", "System.ValueTuple`1",
        "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4", "System.ValueTuple`5", "System.ValueTuple`6",
        "System.ValueTuple`7", "System.ValueTuple`8", "System.Tuple`2", "System.Tuple`3",
        // Collections and LINQ.
        "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IEnumerator`1", "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.ISet`1", "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.List`1",
        "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1", "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.KeyValuePair", "System.Collections.Generic.EqualityComparer`1",
        "System.Collections.Generic.Comparer`1", "System.Collections.Generic.IEqualityComparer`1", "System.Collections.Generic.IComparer`1",
        "System.Collections.Generic.CollectionExtensions", "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2",
        "System.Linq.Lookup`2", "System.Linq.IOrderedEnumerable`1",
        // Regular expressions (made only by the vocabulary, see IsUnboundedRegex).
        "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.RegexOptions", "System.Text.RegularExpressions.Match",
        "System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Text.RegularExpressions.MatchCollection",
        "System.Text.RegularExpressions.GroupCollection", "System.Text.RegularExpressions.CaptureCollection",
        // The document, chart and report model rules read.
        "GovRules.Documents.GovDocument", "GovRules.Documents.Block", "GovRules.Documents.BlockKind", "GovRules.Documents.HeadingKind",
        "GovRules.Documents.SourceLocation", "GovRules.Documents.GovSection", "GovRules.Documents.GovChapter", "GovRules.Documents.GovPart",
        "GovRules.Documents.SourceFormat", "GovRules.Documents.ChangeView", "GovRules.OrgCharts.OrgChart", "GovRules.OrgCharts.OrgNode",
        "GovRules.OrgCharts.OrgNodeKind", "GovRules.OrgCharts.OrgChartForm", "GovRules.Rules.Severity", "GovRules.Rules.Verification",
        "GovRules.Rules.TextLanguage", "GovRules.Rules.LocalizedText", "GovRules.Rules.LegalBasis", "GovRules.Engine.Evidence",
    };

    /// <summary>Members of allowed types that still lead out of the sandbox.</summary>
    private static readonly HashSet<string> DeniedMembers = new(StringComparer.Ordinal)
    {
        "System.Object.GetType", "System.Object.MemberwiseClone", "System.Array.CreateInstance", "System.Array.CreateInstanceFromArrayType",
        "System.Text.RegularExpressions.Regex.CompileToAssembly", "GovRules.Facts.FactBase.Build",
    };

    /// <summary>Why <paramref name="type"/> is outside the sandbox, or null when it is allowed.</summary>
    public static string? Refuse(ITypeSymbol? type) => type switch
    {
        null or ITypeParameterSymbol or IErrorTypeSymbol => null,
        IDynamicTypeSymbol => "dynamic is not allowed in a rule expression (it escapes compile-time checking)",
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => "pointers are not allowed in a rule expression",
        IArrayTypeSymbol array => Refuse(array.ElementType),
        INamedTypeSymbol { IsAnonymousType: true } => null,
        INamedTypeSymbol { IsTupleType: true } tuple => tuple.TupleElements.Select(e => Refuse(e.Type)).FirstOrDefault(r => r is not null),
        INamedTypeSymbol named => RefuseNamed(named),
        _ => $"{type.ToDisplayString()} is outside the sandbox",
    };

    /// <summary>Why a member is outside the sandbox, or null when it is allowed.</summary>
    public static string? RefuseMember(ISymbol member)
    {
        var definition = member.OriginalDefinition;
        if (definition is IMethodSymbol { ReducedFrom: { } reduced }) definition = reduced;
        if (definition.ContainingType is not { } owner) return null;
        if (Refuse(owner) is { } ownerRefused) return $"{member.ToDisplayString()} is not allowed: {ownerRefused}";
        if (DeniedMembers.Contains($"{FullName(owner)}.{definition.Name}"))
            return $"{member.ToDisplayString()} leads out of the sandbox (reflection, code generation or I/O)";
        if (member is IMethodSymbol method && IsUnboundedRegex(method))
            return $"{member.ToDisplayString()} has no timeout the rule budget controls; use the vocabulary's Regex(text, pattern) or RegexMatch(text, pattern)";
        if (member is IMethodSymbol generic)
            return generic.TypeArguments.Select(Refuse).FirstOrDefault(r => r is not null);
        return null;
    }

    // Regex objects come only from the vocabulary, which sets the timeout from the rule's budget: a timeout
    // written in the rule (TimeSpan.FromDays(1)) would outlive the budget.
    private static bool IsUnboundedRegex(IMethodSymbol method) =>
        FullName(method.ContainingType) == "System.Text.RegularExpressions.Regex"
        && (method.MethodKind == MethodKind.Constructor || method.IsStatic)
        && method.Name is not ("Escape" or "Unescape");

    private static string? RefuseNamed(INamedTypeSymbol named)
    {
        if (named.TypeKind == TypeKind.Delegate && !AllowedTypes.Contains(FullName(named.OriginalDefinition)))
            return $"the delegate type {named.ToDisplayString()} is outside the sandbox";
        var outer = named.OriginalDefinition;
        while (outer.ContainingType is { } container) outer = container.OriginalDefinition;
        var allowed = AllowedTypes.Contains(FullName(outer))
            || AllowedNamespaces.Contains(outer.ContainingNamespace?.ToDisplayString() ?? "");
        if (!allowed)
            return $"{named.OriginalDefinition.ToDisplayString()} is outside the sandbox (rules may use the vocabulary, LINQ, strings and Regex(...))";
        return named.TypeArguments.Select(Refuse).FirstOrDefault(r => r is not null);
    }

    private static string FullName(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + type.MetadataName;
    }
}
