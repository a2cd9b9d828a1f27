#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a translatable text could reach the user untranslated because lupdate cannot see where it is
# translated: a local wrapper such as `QString tr(const char *text)` calling QCoreApplication::translate with a
# context of its own (lupdate files the wrapper's callers under the enclosing class or namespace instead), or a
# translate() whose text is a variable while no QT_TRANSLATE_NOOP marks texts for that context.
# Usage: check-contexts.sh SOURCE_DIR
set -euo pipefail

src="$1/src"
status=0

wrappers="$(grep -rnE '^QString tr[A-Za-z]*\(const char \*' "$src" --include='*.cpp' --include='*.h' || true)"
if [[ -n "$wrappers" ]]; then
    echo "A local translation wrapper: call QCoreApplication::translate(\"Context\", \"text\") or a class's tr()"
    echo "so that lupdate files the text under the context it is looked up in:"
    echo "$wrappers"
    status=1
fi

# translate("Context", variable): the texts must be marked for that context somewhere.
while IFS= read -r hit; do
    [[ -z "$hit" ]] && continue
    context="$(sed -E 's/.*translate\("([^"]+)",.*/\1/' <<<"$hit")"
    if ! grep -rqF "QT_TRANSLATE_NOOP(\"$context\"" "$src"; then
        echo "translate() of a variable text, and no QT_TRANSLATE_NOOP(\"$context\", ...) marks its texts:"
        echo "  $hit"
        status=1
    fi
done < <(grep -rnE 'translate\("[^"]+", *[A-Za-z_][A-Za-z0-9_.>()-]*[,)]' "$src" --include='*.cpp' || true)

exit "$status"
