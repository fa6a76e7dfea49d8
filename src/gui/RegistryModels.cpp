#include "RegistryModels.h"

#include "LocaleFormat.h"
#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QTextDocument>

namespace kilotse::gui {

QString statusTitle(Service::Status status)
{
    switch (status) {
    case Service::Status::Pilot:
        return ServiceTableModel::tr("Pilot");
    case Service::Status::Approved:
        return ServiceTableModel::tr("freigegeben");
    case Service::Status::Suspended:
        return ServiceTableModel::tr("ausgesetzt");
    case Service::Status::Retired:
        return ServiceTableModel::tr("außer Betrieb");
    }
    return {};
}

QString deploymentTitle(Service::Deployment d)
{
    switch (d) {
    case Service::Deployment::PublicWeb:
        return ServiceTableModel::tr("öffentlicher Webdienst");
    case Service::Deployment::Saas:
        return ServiceTableModel::tr("Software-Dienst (SaaS)");
    case Service::Deployment::CloudTenant:
        return ServiceTableModel::tr("eigener Cloud-Mandant");
    case Service::Deployment::OnPremises:
        return ServiceTableModel::tr("eigener Betrieb");
    }
    return {};
}

QString locationTitle(Service::Location l)
{
    switch (l) {
    case Service::Location::DE:
        return ServiceTableModel::tr("Deutschland");
    case Service::Location::EU:
        return ServiceTableModel::tr("EU");
    case Service::Location::NonEU:
        return ServiceTableModel::tr("außerhalb der EU");
    }
    return {};
}

QString levelTitle(int maxLevel)
{
    return maxLevel <= 0 ? ServiceTableModel::tr("keine") : ServiceTableModel::tr("Stufe %1").arg(maxLevel);
}

ServiceTableModel::ServiceTableModel(const Registry* registry, QObject* parent)
    : QAbstractTableModel(parent), m_registry(registry)
{
}

void ServiceTableModel::setFilter(const QString& search, const QString& status)
{
    m_query.search = search;
    m_query.status = status;
    reload();
}

void ServiceTableModel::reload()
{
    beginResetModel();
    m_today = QDate::currentDate();
    m_services.clear();
    // No COUNT here: a page query stops after kPageSize matches, a count would scan everything.
    if (m_registry)
        m_services = m_registry->summaries(m_query, 0, kPageSize);
    m_more = m_services.size() == kPageSize;
    endResetModel();
}

int ServiceTableModel::totalCount() const
{
    return m_registry ? m_registry->summaryCount(m_query) : 0;
}

bool ServiceTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void ServiceTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ServiceSummary> page = m_registry->summaries(m_query, static_cast<int>(m_services.size()), kPageSize);
    m_more = page.size() == kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_services.size()), static_cast<int>(m_services.size() + page.size() - 1));
    m_services += page;
    endInsertRows();
}

void ServiceTableModel::sort(int column, Qt::SortOrder order)
{
    static const SummaryQuery::Order orders[] = {SummaryQuery::Order::Name,       SummaryQuery::Order::Vendor,
                                                 SummaryQuery::Order::MaxLevel,   SummaryQuery::Order::Status,
                                                 SummaryQuery::Order::NextReview, SummaryQuery::Order::Owner};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.order = orders[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

const ServiceSummary* ServiceTableModel::service(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services[row] : nullptr;
}

bool ServiceTableModel::overdue(const ServiceSummary& s) const
{
    return (s.status == Service::Status::Approved || s.status == Service::Status::Pilot) &&
           (!s.nextReview.isValid() || s.nextReview < m_today);
}

int ServiceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex& index, int role) const
{
    const ServiceSummary* s = service(index.row());
    if (!s)
        return {};
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return Qt::convertFromPlainText(s->name);
    if (role == Qt::ForegroundRole && index.column() == ReviewColumn && overdue(*s))
        return QBrush(problemTextColor()); // ≥ 7:1 in every theme; the text also says "überfällig"
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s->name;
    case VendorColumn:
        return s->vendor;
    case LevelColumn:
        return levelTitle(s->maxLevel);
    case StatusColumn:
        return statusTitle(s->status);
    case ReviewColumn: {
        const QString date = s->nextReview.isValid() ? displayDate(s->nextReview) : tr("nicht gesetzt");
        return overdue(*s) ? tr("⚠ %1 – überfällig").arg(date) : date;
    }
    case OwnerColumn:
        return s->ownerDepartment;
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Dienst");
    case VendorColumn:
        return tr("Anbieter");
    case LevelColumn:
        return tr("Höchste Stufe");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Nächste Prüfung");
    case OwnerColumn:
        return tr("Zuständig");
    default:
        return {};
    }
}

} // namespace kilotse::gui
