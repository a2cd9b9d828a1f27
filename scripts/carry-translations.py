#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Carries translations over to messages that moved to another class.

lupdate (run by `cmake --build build --target update_translations`) marks a message whose text now lives in
another context as new and unfinished, and keeps the old one as vanished. This gives each unfinished message the
translation of a finished or vanished message with the same source text, comment and plural form, then drops the
vanished ones. The file is edited as text, so lupdate's layout stays as it was. Messages with no match stay
unfinished, for a translator. Usage: carry-translations.py TS...
"""
import re
import sys

MESSAGE = re.compile(
    r'\n[ \t]*<message(?P<numerus> numerus="yes")?>'
    r'(?P<locations>(?:\s*<location [^>]*/>)*)'
    r'\s*<source>(?P<source>.*?)</source>'
    r'(?:\s*<comment>(?P<comment>.*?)</comment>)?'
    r'(?P<between>(?:\s*<extracomment>.*?</extracomment>)?)'
    r'\s*<translation(?: type="(?P<type>\w+)")?>(?P<translation>.*?)</translation>'
    r'\s*</message>',
    re.S)
EMPTY_CONTEXT = re.compile(r'\n<context>\s*<name>[^<]*</name>\s*</context>')
TRANSLATION = re.compile(r'<translation(?: type="\w+")?>.*?</translation>', re.S)


def key(match):
    return (match['source'], match['comment'] or '', bool(match['numerus']))


def is_translated(match):
    text = match['translation']
    return bool(re.sub(r'</?numerusform>|\s', '', text))


def carry(path):
    with open(path, encoding='utf-8') as file:
        text = file.read()
    known = {}
    for match in MESSAGE.finditer(text):
        if match['type'] in (None, 'vanished', 'obsolete') and is_translated(match):
            known.setdefault(key(match), match['translation'])
    counts = {'carried': 0, 'dropped': 0, 'left': 0}

    def rewrite(match):
        if match['type'] in ('vanished', 'obsolete'):
            counts['dropped'] += 1
            return ''
        if match['type'] != 'unfinished':
            return match[0]
        translation = known.get(key(match))
        if translation is None:
            counts['left'] += 1
            return match[0]
        counts['carried'] += 1
        return TRANSLATION.sub(lambda _: '<translation>' + translation + '</translation>', match[0], count=1)

    text = MESSAGE.sub(rewrite, text)
    text = EMPTY_CONTEXT.sub('', text)
    with open(path, 'w', encoding='utf-8') as file:
        file.write(text)
    print(f"{path}: {counts['carried']} carried over, {counts['dropped']} vanished dropped, "
          f"{counts['left']} still to translate")


for ts in sys.argv[1:]:
    carry(ts)
