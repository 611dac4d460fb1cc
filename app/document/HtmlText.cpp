// SPDX-License-Identifier: GPL-3.0-or-later
// htmlToText: the text of a saved web page, one paragraph or table row per line.
//
// A small tokenizer, not a DOM: it keeps no element stack (only a bounded stack of open tables), never
// recurses and looks at every character a bounded number of times, so malformed or hostile pages
// (unclosed tags, 100000 nested <div>s, unterminated comments) take linear time and constant stack.

// The converter and its parts are under html/: HtmlConverter (the tokenizer, blocks and tables), HtmlSink
// (the text of one block), HtmlNames (tag kinds and character references).

#include "DocumentLoader.h"

#include "document/html/HtmlConverter.h"

namespace jiaohe {

QString htmlToText(QStringView html)
{
    html::HtmlConverter converter(html);
    return converter.run();
}

} // namespace jiaohe
