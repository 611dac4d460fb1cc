// SPDX-License-Identifier: GPL-3.0-or-later
#define POINTERHOLDER_TRANSITION 4
#include "document/pdf/PathRules.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>
#include <vector>

namespace jiaohe::pdf {

namespace {

struct Matrix
{
    double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
    std::pair<double, double> map(double x, double y) const { return {a * x + c * y + e, b * x + d * y + f}; }
    Matrix times(const Matrix& m) const // this × m: this applied first, then m
    {
        return {a * m.a + b * m.c, a * m.b + b * m.d,       c * m.a + d * m.c,
                c * m.b + d * m.d, e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
    }
    double scale() const { return std::sqrt(std::abs(a * d - b * c)); }
};

// How a colour space's components say dark: as gray, RGB or CMYK values, or as a tint (Separation, DeviceN:
// 1 is full ink); Unknown for what is not followed (a pattern, an indexed space).
enum class Space
{
    Gray,
    Rgb,
    Cmyk,
    Tint,
    Unknown
};

struct State
{
    Matrix ctm;
    double lineWidth = 1;
    bool dashed = false;
    Space strokeSpace = Space::Gray;
    Space fillSpace = Space::Gray;
    bool strokeDark = true;
    bool fillDark = true;
};

struct Box
{
    double x0, y0, x1, y1; // device space (points, y up)
};

// Reads a page's content stream operator by operator, keeping the graphics state, and collects the rules drawn.
class Painter : public QPDFObjectHandle::ParserCallbacks
{
public:
    explicit Painter(QPDFObjectHandle resources) : m_resources(std::move(resources)) {}

    std::vector<Box> rules;
    bool unknown = false; // something drawn that this reader does not follow

    void handleObject(QPDFObjectHandle object) override
    {
        if (!object.isOperator()) {
            m_operands.push_back(object);
            return;
        }
        if (++m_operators > 2'000'000) {
            unknown = true; // let the drawing (and its limits) deal with it
            terminateParsing();
        }
        apply(object.getOperatorValue());
        m_operands.clear();
        if (unknown) {
            terminateParsing();
        }
    }
    void handleEOF() override {}

private:
    double number(std::size_t i)
    {
        return i < m_operands.size() && m_operands[i].isNumber() ? m_operands[i].getNumericValue() : 0.0;
    }

    static bool darkOf(Space space, const std::vector<double>& v)
    {
        constexpr double limit = 170.0 / 255.0; // as RuledBorders counts a pixel dark
        switch (space) {
        case Space::Gray:
            return !v.empty() && v[0] < limit;
        case Space::Rgb:
            return v.size() >= 3 && 0.3 * v[0] + 0.59 * v[1] + 0.11 * v[2] < limit;
        case Space::Cmyk:
            return v.size() >= 4 && 1.0 - std::min(1.0, 0.3 * v[0] + 0.59 * v[1] + 0.11 * v[2] + v[3]) < limit;
        case Space::Tint:
            return !v.empty() && *std::max_element(v.begin(), v.end()) > 1.0 - limit;
        case Space::Unknown:
            break;
        }
        return false;
    }

    std::vector<double> numbers()
    {
        std::vector<double> v;
        for (std::size_t i = 0; i < m_operands.size(); ++i) {
            v.push_back(number(i));
        }
        return v;
    }

    Space spaceNamed(const std::string& name)
    {
        if (name == "/DeviceGray" || name == "/CalGray" || name == "/G") {
            return Space::Gray;
        }
        if (name == "/DeviceRGB" || name == "/CalRGB" || name == "/RGB") {
            return Space::Rgb;
        }
        if (name == "/DeviceCMYK" || name == "/CMYK") {
            return Space::Cmyk;
        }
        QPDFObjectHandle cs = m_resources.isDictionary() ? m_resources.getKey("/ColorSpace") : QPDFObjectHandle();
        cs = cs.isDictionary() ? cs.getKey(name) : QPDFObjectHandle();
        if (cs.isName()) {
            return cs.getName() == name ? Space::Unknown : spaceNamed(cs.getName());
        }
        if (!cs.isArray() || cs.getArrayNItems() < 2 || !cs.getArrayItem(0).isName()) {
            return Space::Unknown;
        }
        const std::string kind = cs.getArrayItem(0).getName();
        if (kind == "/ICCBased") {
            QPDFObjectHandle stream = cs.getArrayItem(1);
            QPDFObjectHandle n = stream.isStream() ? stream.getDict().getKey("/N") : QPDFObjectHandle();
            const int components = n.isInteger() ? int(n.getIntValue()) : 0;
            return components == 1   ? Space::Gray
                   : components == 3 ? Space::Rgb
                   : components == 4 ? Space::Cmyk
                                     : Space::Unknown;
        }
        if (kind == "/CalGray") {
            return Space::Gray;
        }
        if (kind == "/CalRGB" || kind == "/Lab") {
            return kind == "/Lab" ? Space::Unknown : Space::Rgb;
        }
        if (kind == "/Separation" || kind == "/DeviceN") {
            return Space::Tint;
        }
        return Space::Unknown;
    }

    void setSpace(bool stroke)
    {
        const Space space =
            !m_operands.empty() && m_operands[0].isName() ? spaceNamed(m_operands[0].getName()) : Space::Unknown;
        (stroke ? m_state.strokeSpace : m_state.fillSpace) = space;
        // The initial colour of a space: black for gray, RGB and CMYK, full ink for a tint.
        (stroke ? m_state.strokeDark : m_state.fillDark) = space != Space::Unknown;
    }

    void setColour(bool stroke)
    {
        const Space space = stroke ? m_state.strokeSpace : m_state.fillSpace;
        const bool pattern = !m_operands.empty() && m_operands.back().isName();
        if (space == Space::Unknown || pattern) {
            // A colour this reader cannot tell dark or light: only a problem if it paints something.
            (stroke ? m_state.strokeDark : m_state.fillDark) = false;
            (stroke ? m_strokeUnknown : m_fillUnknown) = true;
            return;
        }
        (stroke ? m_strokeUnknown : m_fillUnknown) = false;
        (stroke ? m_state.strokeDark : m_state.fillDark) = darkOf(space, numbers());
    }

    // G, RG, K (stroke) and g, rg, k (fill): a device colour space and its colour at once.
    void setDeviceColour(bool stroke, Space space)
    {
        (stroke ? m_state.strokeSpace : m_state.fillSpace) = space;
        (stroke ? m_strokeUnknown : m_fillUnknown) = false;
        (stroke ? m_state.strokeDark : m_state.fillDark) = darkOf(space, numbers());
    }

    void moveTo(double x, double y)
    {
        m_path.push_back({});
        m_path.back().points.push_back(m_state.ctm.map(x, y));
    }

    void lineTo(double x, double y)
    {
        if (m_path.empty()) {
            moveTo(x, y);
            return;
        }
        m_path.back().points.push_back(m_state.ctm.map(x, y));
    }

    void paint(bool stroke, bool fill)
    {
        if ((stroke && m_strokeUnknown) || (fill && m_fillUnknown)) {
            unknown = unknown || !m_path.empty();
        }
        if (stroke && m_state.strokeDark && !m_state.dashed) {
            const double half = std::max(0.0, m_state.lineWidth * m_state.ctm.scale()) / 2;
            for (const SubPath& s : m_path) {
                const std::size_t n = s.points.size();
                for (std::size_t i = 0; n > 1 && i < (s.closed ? n : n - 1); ++i) {
                    const auto [x0, y0] = s.points[i];
                    const auto [x1, y1] = s.points[(i + 1) % n];
                    if (std::abs(x1 - x0) < 0.5 || std::abs(y1 - y0) < 0.5) {
                        rules.push_back({std::min(x0, x1) - half, std::min(y0, y1) - half, std::max(x0, x1) + half,
                                         std::max(y0, y1) + half});
                    }
                }
            }
        }
        if (fill && m_state.fillDark) {
            for (const SubPath& s : m_path) {
                if (const std::optional<Box> box = boxOf(s)) {
                    // A rule is a thin rectangle; a wider one is a cell's shading or a figure.
                    if (std::min(box->x1 - box->x0, box->y1 - box->y0) <= 2.5) {
                        rules.push_back(*box);
                    }
                }
            }
        }
        m_path.clear();
    }

    struct SubPath
    {
        std::vector<std::pair<double, double>> points;
        bool closed = false;
        bool curved = false;
    };

    // The box of a filled polygon of straight edges: a rule when thin (Chromium draws a cell border as a long
    // quadrilateral whose ends are cut aslant where borders meet).
    static std::optional<Box> boxOf(const SubPath& s)
    {
        if (s.curved || s.points.size() < 3) {
            return std::nullopt;
        }
        Box b{s.points[0].first, s.points[0].second, s.points[0].first, s.points[0].second};
        for (const auto& [x, y] : s.points) {
            b = Box{std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x), std::max(b.y1, y)};
        }
        return b;
    }

    void doXObject()
    {
        QPDFObjectHandle xobjects = m_resources.isDictionary() ? m_resources.getKey("/XObject") : QPDFObjectHandle();
        QPDFObjectHandle x = !m_operands.empty() && m_operands[0].isName() && xobjects.isDictionary()
                                 ? xobjects.getKey(m_operands[0].getName())
                                 : QPDFObjectHandle();
        // An image draws no rule; a form may (and is not followed here).
        if (!x.isStream() || !x.getDict().getKey("/Subtype").isNameAndEquals("/Image")) {
            unknown = true;
        }
    }

    void apply(const std::string& op);

    QPDFObjectHandle m_resources;
    std::vector<QPDFObjectHandle> m_operands;
    std::vector<State> m_stack;
    State m_state;
    std::vector<SubPath> m_path;
    bool m_strokeUnknown = false;
    bool m_fillUnknown = false;
    long m_operators = 0;
};

void Painter::apply(const std::string& op)
{
    if (op == "q") {
        m_stack.push_back(m_state);
    } else if (op == "Q") {
        if (!m_stack.empty()) {
            m_state = m_stack.back();
            m_stack.pop_back();
        }
    } else if (op == "cm") {
        const Matrix m{number(0), number(1), number(2), number(3), number(4), number(5)};
        m_state.ctm = m.times(m_state.ctm);
    } else if (op == "w") {
        m_state.lineWidth = number(0);
    } else if (op == "d") {
        m_state.dashed = !m_operands.empty() && m_operands[0].isArray() && m_operands[0].getArrayNItems() > 0;
    } else if (op == "m") {
        moveTo(number(0), number(1));
    } else if (op == "l") {
        lineTo(number(0), number(1));
    } else if (op == "c" || op == "v" || op == "y") {
        const std::size_t last = m_operands.size() >= 2 ? m_operands.size() - 2 : 0;
        lineTo(number(last), number(last + 1));
        m_path.back().curved = true;
    } else if (op == "h") {
        if (!m_path.empty()) {
            m_path.back().closed = true;
        }
    } else if (op == "re") {
        const double x = number(0), y = number(1), w = number(2), h = number(3);
        moveTo(x, y);
        lineTo(x + w, y);
        lineTo(x + w, y + h);
        lineTo(x, y + h);
        m_path.back().closed = true;
    } else if (op == "S" || op == "s") {
        if (op == "s" && !m_path.empty()) {
            m_path.back().closed = true;
        }
        paint(true, false);
    } else if (op == "f" || op == "F" || op == "f*") {
        paint(false, true);
    } else if (op == "B" || op == "B*" || op == "b" || op == "b*") {
        paint(true, true);
    } else if (op == "n") {
        m_path.clear();
    } else if (op == "G" || op == "g") {
        setDeviceColour(op == "G", Space::Gray);
    } else if (op == "RG" || op == "rg") {
        setDeviceColour(op == "RG", Space::Rgb);
    } else if (op == "K" || op == "k") {
        setDeviceColour(op == "K", Space::Cmyk);
    } else if (op == "CS" || op == "cs") {
        setSpace(op == "CS");
    } else if (op == "SC" || op == "SCN" || op == "sc" || op == "scn") {
        setColour(op == "SC" || op == "SCN");
    } else if (op == "Do") {
        doXObject();
    } else if (op == "sh") {
        unknown = true;
    } else if (op == "gs") {
        QPDFObjectHandle states = m_resources.isDictionary() ? m_resources.getKey("/ExtGState") : QPDFObjectHandle();
        QPDFObjectHandle gs = !m_operands.empty() && m_operands[0].isName() && states.isDictionary()
                                  ? states.getKey(m_operands[0].getName())
                                  : QPDFObjectHandle();
        if (gs.isDictionary() && gs.getKey("/LW").isNumber()) {
            m_state.lineWidth = gs.getKey("/LW").getNumericValue();
        }
    }
}

} // namespace

struct PathRules::Impl
{
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
};

PathRules::PathRules() : d(std::make_unique<Impl>()) {}
PathRules::~PathRules() = default;

std::unique_ptr<PathRules> PathRules::load(const QByteArray& bytes)
{
    std::unique_ptr<PathRules> out(new PathRules());
    try {
        out->d->pdf.setSuppressWarnings(true);
        out->d->pdf.processMemoryFile("report.pdf", bytes.constData(), std::size_t(bytes.size()));
        out->d->pages = QPDFPageDocumentHelper(out->d->pdf).getAllPages();
    } catch (const std::exception&) {
        return nullptr;
    }
    return out;
}

int PathRules::pageCount() const
{
    return int(d->pages.size());
}

std::optional<GrayImage> PathRules::draw(int page, double pixelsPerPoint)
{
    if (page < 0 || page >= pageCount()) {
        return std::nullopt;
    }
    try {
        QPDFPageObjectHelper& p = d->pages[std::size_t(page)];
        QPDFObjectHandle rotate = p.getAttribute("/Rotate", false);
        QPDFObjectHandle media = p.getMediaBox();
        QPDFObjectHandle crop = p.getAttribute("/CropBox", false);
        if ((rotate.isInteger() && rotate.getIntValue() % 360 != 0) || !media.isRectangle() ||
            (crop.isRectangle() && crop.unparse() != media.unparse()) ||
            p.getObjectHandle().getKey("/UserUnit").isNumber()) {
            return std::nullopt;
        }
        const QPDFObjectHandle::Rectangle box = media.getArrayAsRectangle();
        Painter painter(p.getAttribute("/Resources", false));
        p.parseContents(&painter);
        if (painter.unknown) {
            return std::nullopt;
        }
        GrayImage image;
        image.width = int(std::lround((box.urx - box.llx) * pixelsPerPoint));
        image.height = int(std::lround((box.ury - box.lly) * pixelsPerPoint));
        if (image.width <= 0 || image.height <= 0 || image.width > 40000 || image.height > 40000) {
            return std::nullopt;
        }
        image.pixels.assign(std::size_t(image.width) * std::size_t(image.height), 255);
        for (const Box& r : painter.rules) {
            // To pixels, y down from the page's top, edges rounded to the nearest pixel boundary as Splash adjusts
            // strokes and fills without anti-aliasing; a rule thinner than a pixel is the pixel nearest its middle.
            auto span = [](double from, double to) {
                int a = int(std::lround(from));
                int b = int(std::lround(to)) - 1;
                if (b < a) {
                    a = b = int(std::lround((from + to) / 2));
                }
                return std::pair{a, b};
            };
            auto [x0, x1] = span((r.x0 - box.llx) * pixelsPerPoint, (r.x1 - box.llx) * pixelsPerPoint);
            auto [y0, y1] = span((box.ury - r.y1) * pixelsPerPoint, (box.ury - r.y0) * pixelsPerPoint);
            x0 = std::max(0, x0);
            y0 = std::max(0, y0);
            x1 = std::min(image.width - 1, x1);
            y1 = std::min(image.height - 1, y1);
            for (int y = y0; y <= y1; ++y) {
                std::fill_n(image.pixels.begin() + std::ptrdiff_t(y) * image.width + x0, std::max(0, x1 - x0 + 1),
                            std::uint8_t(0));
            }
        }
        return image;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

} // namespace jiaohe::pdf
