using Mono.Cecil;

namespace Kechuang.Tests.Architecture;

/// <summary>Every type and method one type uses, read from its metadata and IL: base types, attributes,
/// fields, signatures, locals, and each instruction's operand (calls, field access, typeof, expression trees).</summary>
public static class TypeUsages
{
    /// <summary>The top-level type a (possibly nested or compiler-generated) type belongs to.</summary>
    public static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }

    /// <summary>The named types inside a type reference: generic arguments, array and by-ref elements.</summary>
    public static IEnumerable<TypeReference> Parts(TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter or FunctionPointerType:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in Parts(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Parts)))
                {
                    yield return part;
                }
                break;
            case TypeSpecification spec:
                foreach (var part in Parts(spec.ElementType))
                {
                    yield return part;
                }
                break;
            default:
                yield return type;
                break;
        }
    }

    /// <summary>Types used by <paramref name="type"/> itself (its nested types are scanned on their own).</summary>
    public static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type) =>
        Signatures(type).Concat(Methods(type).SelectMany(MethodTypes)).SelectMany(Parts);

    /// <summary>Methods called, loaded or referenced (ldtoken) by the bodies of <paramref name="type"/>.</summary>
    public static IEnumerable<MethodReference> Methods(TypeDefinition type) =>
        type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Select(i => i.Operand).OfType<MethodReference>();

    private static IEnumerable<TypeReference> Signatures(TypeDefinition type)
    {
        yield return type.BaseType!;
        foreach (var i in type.Interfaces)
        {
            yield return i.InterfaceType;
        }
        foreach (var t in Attributes(type).Concat(Constraints(type)))
        {
            yield return t;
        }
        foreach (var field in type.Fields)
        {
            yield return field.FieldType;
            foreach (var t in Attributes(field))
            {
                yield return t;
            }
        }
        foreach (var property in type.Properties)
        {
            yield return property.PropertyType;
            foreach (var t in Attributes(property))
            {
                yield return t;
            }
        }
        foreach (var e in type.Events)
        {
            yield return e.EventType;
        }
        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var t in method.Parameters.Select(p => p.ParameterType).Concat(Attributes(method)).Concat(Constraints(method)))
            {
                yield return t;
            }
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var local in method.Body.Variables)
            {
                yield return local.VariableType;
            }
            foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.CatchType is not null))
            {
                yield return handler.CatchType;
            }
            foreach (var operand in method.Body.Instructions.Select(i => i.Operand))
            {
                switch (operand)
                {
                    case TypeReference t:
                        yield return t;
                        break;
                    case FieldReference f:
                        yield return f.DeclaringType;
                        yield return f.FieldType;
                        break;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> MethodTypes(MethodReference method)
    {
        yield return method.DeclaringType;
        yield return method.ReturnType;
        foreach (var p in method.Parameters)
        {
            yield return p.ParameterType;
        }
        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                yield return argument;
            }
        }
    }

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider owner) =>
        owner.CustomAttributes.SelectMany(a => a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)).Concat(a.Fields.Select(f => f.Argument))
            .Select(arg => arg.Value).OfType<TypeReference>().Prepend(a.AttributeType));

    private static IEnumerable<TypeReference> Constraints(IGenericParameterProvider owner) =>
        owner.GenericParameters.SelectMany(p => p.Constraints).Select(c => c.ConstraintType);
}
