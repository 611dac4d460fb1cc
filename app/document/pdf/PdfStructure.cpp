// SPDX-License-Identifier: GPL-3.0-or-later
// qpdf 11: use its smart pointers as std::shared_ptr, without the transition warnings.
#define POINTERHOLDER_TRANSITION 4
#include "document/pdf/PdfStructure.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QCoreApplication>

#include <exception>
#include <set>
#include <vector>

namespace jiaohe::pdf {

namespace {

constexpr int WalkLimit = 1000000; // leaves counted at most, so that the refusal can say how many

struct Node
{
    QPDFObjectHandle object;
    int parent = -1;
    int depth = 1;
    int leaves = 0;
    bool isLeaf = false;
};

QString treeError(int maxDepth)
{
    return QCoreApplication::translate("jiaohe::DocumentLoader",
                                       "the PDF is damaged: its page tree is nested more than %1 levels deep, or loops")
        .arg(maxDepth);
}

// The page tree in depth-first order (a stack, no recursion), each node with its parent; false on a loop, on an
// object met twice, or past maxDepth.
bool walkPageTree(QPDFObjectHandle root, int maxDepth, std::vector<Node>& nodes, int& leaves)
{
    std::set<QPDFObjGen> seen;
    std::vector<int> stack;
    nodes.push_back(Node{root, -1, 1, 0, false});
    stack.push_back(0);
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        QPDFObjectHandle node = nodes[std::size_t(at)].object;
        if (node.isIndirect() && !seen.insert(node.getObjGen()).second) {
            return false; // a loop, or a node hung twice in the tree
        }
        if (!node.isDictionary()) {
            continue;
        }
        QPDFObjectHandle kids = node.getKey("/Kids");
        if (!kids.isArray()) {
            nodes[std::size_t(at)].isLeaf = true;
            if (++leaves > WalkLimit) {
                return true; // enough: the caller refuses so many pages
            }
            continue;
        }
        const int depth = nodes[std::size_t(at)].depth + 1;
        if (depth > maxDepth + 1) {
            return false;
        }
        const int n = kids.getArrayNItems();
        for (int k = n - 1; k >= 0; --k) {
            nodes.push_back(Node{kids.getArrayItem(k), at, depth, 0, false});
            stack.push_back(int(nodes.size()) - 1);
        }
    }
    return true;
}

// Puts the /Count of every node of the tree right; true when one was wrong.
bool repairCounts(std::vector<Node>& nodes)
{
    for (std::size_t i = nodes.size(); i-- > 0;) {
        Node& n = nodes[i];
        if (n.isLeaf) {
            n.leaves = 1;
        }
        if (n.parent >= 0) {
            nodes[std::size_t(n.parent)].leaves += n.leaves;
        }
    }
    bool changed = false;
    for (Node& n : nodes) {
        if (n.isLeaf || !n.object.isDictionary()) {
            continue;
        }
        QPDFObjectHandle count = n.object.getKey("/Count");
        if (!count.isInteger() || count.getIntValue() != n.leaves) {
            n.object.replaceKey("/Count", QPDFObjectHandle::newInteger(n.leaves));
            changed = true;
        }
    }
    return changed;
}

} // namespace

PdfStructure inspectStructure(const QByteArray& bytes, int maxDepth, int maxPages)
{
    PdfStructure out;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("report.pdf", bytes.constData(), std::size_t(bytes.size()));
        QPDFObjectHandle root = pdf.getRoot().getKey("/Pages");
        if (!root.isDictionary()) {
            return out; // Poppler says what is wrong
        }
        std::vector<Node> nodes;
        if (!walkPageTree(root, maxDepth, nodes, out.pages)) {
            out.known = true;
            out.error = treeError(maxDepth);
            return out;
        }
        out.known = true;
        if (out.pages > maxPages) {
            return out;
        }
        for (const Node& n : nodes) {
            if (n.isLeaf) {
                bool image = false;
                QPDFPageObjectHelper(n.object).forEachImage(
                    true, [&image](QPDFObjectHandle&, QPDFObjectHandle&, std::string const&) { image = true; });
                out.pageHasImage.append(image);
            }
        }
        if (repairCounts(nodes)) {
            QPDFWriter writer(pdf);
            writer.setOutputMemory();
            writer.write();
            const std::unique_ptr<Buffer> buffer(writer.getBuffer());
            out.repaired = QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        }
    } catch (const std::exception&) {
        // Not readable by qpdf (a password, a damaged file): Poppler decides and says why.
        out = PdfStructure{};
    }
    return out;
}

} // namespace jiaohe::pdf
