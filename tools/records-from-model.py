#!/usr/bin/env python3
"""Domain records for new API shapes, from a botocore model (ECS's or a neighbour's) (the authority on members, as the README says).

    tools/records-from-model.py MODEL.json[.gz] PACKAGE ROOT_SHAPE...

writes one Java record (Immutables builder, vavr Option/List/Map) or WireValue enum per shape reachable from the
roots into domain/src/main/java/<package>/, reusing any domain class of the same simple name that exists already.
Required members are plain types, the rest Option; javadoc comes from the model's documentation (first sentence).
ModelCompletenessTest then proves the records complete against the SDK's classes. Review what it writes: the model's
documentation is terse, ECS's defaults and ranges belong in the javadoc by hand.
"""
import gzip, html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOMAIN = os.path.join(ROOT, "domain/src/main/java")


def existing_classes():
    found = {}
    for base, _, files in os.walk(DOMAIN):
        for f in files:
            if f.endswith(".java"):
                pkg = os.path.relpath(base, DOMAIN).replace(os.sep, ".")
                found[f[:-5]] = pkg + "." + f[:-5]
    return found


SERVICE = "ECS"


def component(member):
    """The record component a model member maps to (SdkMapping.componentName): lower-case first letter."""
    return member[:1].lower() + member[1:]


def first_sentence(doc, limit=220):
    text = html.unescape(re.sub(r"<[^>]+>", " ", doc or "")).strip()
    text = re.sub(r"\s+", " ", text)
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    text = m.group(1) if m else text
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "..."
    return text.replace("*/", "* /").replace("@", "{@literal @}") or "See the " + SERVICE + " API reference."


def java_constant(value):
    name = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    return ("V_" + name) if name[:1].isdigit() else name


def main():
    model_path, package, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
    opener = gzip.open if model_path.endswith(".gz") else open
    model = json.load(opener(model_path))
    shapes = model["shapes"]
    global SERVICE
    SERVICE = model["metadata"].get("serviceAbbreviation", model["metadata"].get("serviceId", "ECS")).replace("Amazon ", "").replace("AWS ", "")
    have = existing_classes()
    if SERVICE != "ECS":
        # a neighbour's shapes reuse only what is shared by every service (io.ecskit.domain: Tag, ...) or its own package:
        # ECS's ResourceType (GPU, InferenceAccelerator) is not EC2's
        have = {k: v for k, v in have.items() if v.rsplit(".", 1)[0] in ("io.ecskit.domain", package)}
    out_dir = os.path.join(DOMAIN, package.replace(".", "/"))
    os.makedirs(out_dir, exist_ok=True)
    pending, done = list(roots), set()

    def java_type(shape_name, imports):
        shape = shapes[shape_name]
        t = shape["type"]
        if t == "string":
            if "enum" in shape:
                return class_ref(shape_name, imports)
            return "String"
        if t == "boolean":
            return "Boolean"
        if t == "integer":
            return "Integer"
        if t == "long":
            return "Long"
        if t in ("double", "float"):
            return "Double"
        if t == "timestamp":
            imports.add("java.time.Instant")
            return "Instant"
        if t == "list":
            imports.add("io.vavr.collection.List")
            return "List<" + java_type(shape["member"]["shape"], imports) + ">"
        if t == "map":
            imports.add("io.vavr.collection.Map")
            return "Map<" + java_type(shape["key"]["shape"], imports) + ", " + java_type(shape["value"]["shape"], imports) + ">"
        if t == "structure":
            return class_ref(shape_name, imports)
        raise SystemExit("no Java type for " + shape_name + " (" + t + ")")

    def class_ref(shape_name, imports):
        if shape_name in have and not have[shape_name].startswith(package + "."):
            imports.add(have[shape_name])
        elif shape_name not in done and shape_name not in pending:
            pending.append(shape_name)
        return shape_name

    while pending:
        name = pending.pop(0)
        if name in done:
            continue
        done.add(name)
        if name in have and not have[name].startswith(package + "."):
            continue
        shape = shapes[name]
        imports = set()
        if shape["type"] == "string" and "enum" in shape:
            constants = ",\n".join('    /** {@code %s}. */\n    %s("%s")' % (v, java_constant(v), v) for v in shape["enum"])
            body = f"""package {package};

import io.ecskit.domain.WireValue;

/** {first_sentence(shape.get("documentation"))} Source: {SERVICE} API reference ({name}). */
public enum {name} implements WireValue {{
{constants};

    private final String wire;

    {name}(String wire) {{
        this.wire = wire;
    }}

    /** AWS's spelling of the value. */
    @Override
    public String wire() {{
        return wire;
    }}
}}
"""
        else:
            required = set(shape.get("required", []))
            components, params = [], []
            for member, spec in shape.get("members", {}).items():
                t = java_type(spec["shape"], imports)
                if not (t.startswith("List<") or t.startswith("Map<") or member in required):
                    imports.add("io.vavr.control.Option")
                    t = "Option<" + t + ">"
                components.append(f"        {t} {component(member)}")
                params.append(f" * @param {component(member)} {first_sentence(spec.get('documentation'))}" + (" (required)" if member in required else ""))
            imports.add("org.immutables.value.Value")
            imports_text = "\n".join("import %s;" % i for i in sorted(imports))
            body = f"""package {package};

{imports_text}

/**
 * {first_sentence(shape.get("documentation"))} Source: {SERVICE} API reference ({name}).
 *
{chr(10).join(params)}
 */
@Value.Builder
public record {name}(
{(","+chr(10)).join(components)}) {{

    /** A builder with every optional component absent and every list empty. */
    public static {name}Builder builder() {{
        return new {name}Builder();
    }}

    /** A builder holding this record's values. */
    public {name}Builder toBuilder() {{
        return new {name}Builder().from(this);
    }}
}}
"""
        with open(os.path.join(out_dir, name + ".java"), "w") as f:
            f.write(body)
        print("wrote", package + "." + name)


if __name__ == "__main__":
    main()
